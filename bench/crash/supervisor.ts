import type { ServerProcess } from '../../apps/server/src/testing/server-process';

type StartServer = (env: Record<string, string>) => Promise<ServerProcess>;

/**
 * Owns the one app server of the run: where it listens now, whether it is up, and crashing it.
 * Senders ask it for the current URL and wait on `ready()` while a restart is under way, as a
 * client's outbox waits for the network to come back.
 */
export class Supervisor {
  private server: ServerProcess | undefined;
  private up: Promise<void> = Promise.resolve();
  private down = false;
  /** Bumped on every restart: a sender's failure on an older generation was the kill's doing. */
  generation = 0;
  readonly restartMs: number[] = [];
  /** Starts after a kill that failed and were tried again. */
  failedStarts = 0;

  constructor(
    private readonly startServer: StartServer,
    private readonly env: Record<string, string>,
  ) {}

  async start(): Promise<void> {
    this.server = await this.startServer(this.env);
  }

  get url(): string {
    return this.server!.url;
  }

  get pid(): number | undefined {
    return this.server?.child.pid;
  }

  /** What the current server has printed (warnings and errors). */
  output(): string {
    return this.server?.output() ?? '';
  }

  get isDown(): boolean {
    return this.down;
  }

  /** Resolves when the server is up (at once, unless a crash is being recovered from). */
  ready(): Promise<void> {
    return this.up;
  }

  /**
   * SIGKILL, no warning: open transactions are lost, responses never arrive, a mail job may be
   * half-way through SMTP. Then a fresh server on a new port, timed from the kill to healthy.
   */
  async crash(): Promise<void> {
    if (this.down) return;
    this.down = true;
    let back!: () => void;
    let failed!: (error: unknown) => void;
    this.up = new Promise((resolve, reject) => ((back = resolve), (failed = reject)));
    // Senders waiting on a server that will not come back stop with its error, not hang.
    this.up.catch(() => undefined);
    const killedAt = performance.now();
    try {
      await this.server!.stop('SIGKILL');
      this.server = await this.startAgain();
    } catch (error) {
      failed(error);
      throw error;
    }
    this.restartMs.push(performance.now() - killedAt);
    this.generation += 1;
    this.down = false;
    back();
  }

  /**
   * A fresh server, tried up to three times: the checkout is shared and each start compiles the
   * current sources, so a file caught half-edited by someone else can fail one start.
   */
  private async startAgain(): Promise<ServerProcess> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.startServer(this.env);
      } catch (error) {
        if (attempt >= 3) throw error;
        this.failedStarts += 1;
        await new Promise((r) => setTimeout(r, 3_000));
      }
    }
  }

  async stop(): Promise<void> {
    await this.server?.stop('SIGTERM');
  }
}
