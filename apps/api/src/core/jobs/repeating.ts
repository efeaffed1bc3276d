/**
 * A background task run now and then every so often, and whenever asked
 * (`kick`), never two runs at once: a kick during a run makes one more run
 * after it. `stop` waits for a run under way, so a process shuts down cleanly.
 */
export class Repeating {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly task: () => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(everyMs: number) {
    this.kick();
    this.timer = setInterval(() => this.kick(), everyMs);
    this.timer.unref();
  }

  kick() {
    if (this.stopped) return;
    this.again = true;
    this.running ??= this.drain();
  }

  get stopping(): boolean {
    return this.stopped;
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async drain() {
    while (this.again) {
      this.again = false;
      await this.task().catch(this.onError);
    }
    this.running = null;
  }
}
