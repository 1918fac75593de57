/**
 * `ibiam serve --workers N`: N server processes on one port (Node's cluster module hands each new
 * connection to a worker in turn), so that the endpoint uses every core. The processes share the store —
 * as the nodes of a PostgreSQL deployment do — and the data directory's decision log (each batch of lines
 * is one append). The primary readies the store first, then forks; it forwards SIGINT/SIGTERM to the
 * workers and stops them all if one dies.
 * https://nodejs.org/docs/latest-v20.x/api/cluster.html
 */
import cluster, { type Worker } from 'node:cluster';

export const isServeWorker = (): boolean => cluster.isWorker;

/** This worker's number (1..N), or undefined in the primary. */
export const workerNumber = (): number | undefined => cluster.worker?.id;

/** Forks the workers and waits until they have all exited; resolves with the exit code to use. */
export function runServeWorkers(
  count: number,
  log: (event: Record<string, unknown>) => void,
): Promise<number> {
  return new Promise((resolve) => {
    const workers: Worker[] = [];
    let stopping = false;
    let failed = false;
    const stopAll = () => {
      if (stopping) return;
      stopping = true;
      for (const worker of workers) if (!worker.isDead()) worker.process.kill('SIGTERM');
    };
    process.on('SIGINT', stopAll);
    process.on('SIGTERM', stopAll);
    for (let i = 0; i < count; i++) {
      const worker = cluster.fork();
      workers.push(worker);
      worker.on('exit', (code, signal) => {
        if (!stopping) {
          failed = true;
          log({ event: 'worker-exited', worker: worker.id, code, signal });
          stopAll();
        }
        if (workers.every((w) => w.isDead())) {
          process.off('SIGINT', stopAll);
          process.off('SIGTERM', stopAll);
          resolve(failed ? 1 : 0);
        }
      });
    }
  });
}

/** Lets a stopped worker exit (its channel to the primary would keep it alive). */
export function leaveCluster(): void {
  cluster.worker?.disconnect();
}
