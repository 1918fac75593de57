/**
 * When a PostgreSQL write transaction is run again: SERIALIZABLE isolation aborts one of two transactions
 * whose reads and writes could not have happened one after the other (SQLSTATE 40001), and PostgreSQL
 * breaks deadlocks by aborting one side (40P01). Either way nothing of the aborted transaction was kept,
 * and running the whole transaction function again from a fresh snapshot is the documented remedy.
 * https://www.postgresql.org/docs/current/transaction-iso.html#XACT-SERIALIZABLE
 * https://www.postgresql.org/docs/current/mvcc-serialization-failure-handling.html
 */

/** SQLSTATE codes after which a transaction is retried. */
export const RETRYABLE_SQLSTATES: ReadonlySet<string> = new Set(['40001', '40P01']);

/** How many times a write transaction runs at most before its last conflict is reported. */
export const MAX_ATTEMPTS = 40;

/** From this attempt on, a transaction queues behind other repeatedly conflicting ones (see PostgresStore). */
export const QUEUE_FROM_ATTEMPT = 4;

/** Whether the error (or the error it wraps) is a serialization failure or a deadlock. */
export function isRetryable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && RETRYABLE_SQLSTATES.has(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** A random pause before attempt `attempt` (2, 3, ...): exponential with full jitter, at most 50 ms. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(50, 2 ** attempt));
}

/** A StoreTx method's error hook: remembers whether any statement of the transaction hit a conflict. */
export class ConflictFlag {
  raised = false;

  watch<T>(promise: Promise<T>): Promise<T> {
    return promise.catch((error: unknown) => {
      if (isRetryable(error)) this.raised = true;
      throw error;
    });
  }
}
