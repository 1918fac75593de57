/**
 * How a node learns that another node committed, so that its caches (compiled policies) refresh within a
 * second: every write transaction sends a NOTIFY on the store's channel (delivered to listeners only if
 * it commits) and advances the `store_generation` sequence after committing. A dedicated connection
 * LISTENs and counts the other nodes' notifications; a poll of the sequence every `pollMs` catches
 * anything a broken listener connection missed (and the listener reconnects, counting a change, since it
 * cannot know what it missed).
 * https://www.postgresql.org/docs/current/sql-notify.html
 * https://www.postgresql.org/docs/current/sql-listen.html
 */
import pg from 'pg';

/** The NOTIFY channel; its payload is the id of the node that committed. */
export const CHANNEL = 'ibiam_store';

/**
 * The local generation: one change per commit heard of (notification, poll, or this node's own commit),
 * plus repairs. A transaction that was running while a change arrived may have cached state older than
 * that change under the new value, so the value changes once more when such a transaction ends.
 */
export class GenerationCounter {
  private changes = 0;
  private repairs = 0;

  value(): number {
    return this.changes + this.repairs;
  }

  changed(): void {
    this.changes++;
  }

  /** Marks the start of a transaction (before its snapshot is taken). */
  begin(): number {
    return this.changes;
  }

  /** Marks its end: a change since `mark` repairs what the transaction may have cached. */
  end(mark: number): void {
    if (this.changes !== mark) this.repairs++;
  }
}

export interface WatchOptions {
  readonly connectionString: string;
  readonly nodeId: string;
  readonly pollMs: number;
  /** Reads the sequence's current value (text, to compare). */
  readonly poll: () => Promise<string>;
  readonly log: (event: Record<string, unknown>) => void;
}

export class GenerationWatch {
  private client: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private lastPolled: string | undefined;
  private stopped = false;
  private reconnecting = false;

  constructor(
    private readonly counter: GenerationCounter,
    private readonly options: WatchOptions,
  ) {}

  /** Starts listening and polling; resolves once the listener is connected. */
  async start(): Promise<void> {
    await this.listen();
    this.lastPolled = await this.options.poll();
    this.schedulePoll();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: 'ibiam-listener',
    });
    client.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload !== this.options.nodeId) this.counter.changed();
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    this.client = client;
  }

  /** The listener connection broke: count a change (notifications may be lost) and reconnect. */
  private lost(client: pg.Client, error: Error): void {
    if (this.stopped || this.client !== client) return;
    this.client = undefined;
    this.counter.changed();
    this.options.log({ event: 'store-listener-lost', error: error.message });
    client.end().catch(() => {});
    void this.reconnect();
  }

  private async reconnect(): Promise<void> {
    if (this.reconnecting) return;
    this.reconnecting = true;
    for (let delay = 100; !this.stopped; delay = Math.min(delay * 2, 5_000)) {
      try {
        await this.listen();
        this.counter.changed();
        this.options.log({ event: 'store-listener-restored' });
        break;
      } catch (error) {
        this.options.log({ event: 'store-listener-retry', error: String(error) });
        await new Promise((resolve) => setTimeout(resolve, delay).unref());
      }
    }
    this.reconnecting = false;
  }

  private schedulePoll(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.polling = this.options
        .poll()
        .then(
          (value) => {
            if (value !== this.lastPolled) this.counter.changed();
            this.lastPolled = value;
          },
          (error: unknown) => {
            if (this.stopped) return;
            this.counter.changed();
            this.options.log({ event: 'store-poll-failed', error: String(error) });
          },
        )
        .finally(() => {
          this.polling = undefined;
          this.schedulePoll();
        });
    }, this.options.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.polling;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }
}
