/**
 * A person typing words into a covenant's text, one keystroke-sized update
 * at a time, as a careful client would: an update the server did not
 * acknowledge is sent again until it is, and only words whose update was
 * acknowledged `ok` count as saved.
 */
import { CollabClient, type Ack } from './collab-client';

export class Typist {
  readonly saved = new Set<string>();
  private readonly unsaved = new Map<string, Uint8Array>();
  private typing = false;
  private loop: Promise<void> | null = null;
  private retrying: NodeJS.Timeout | null = null;
  readonly refusals: string[] = [];

  constructor(
    readonly client: CollabClient,
    private readonly tag: string,
    private readonly everyMs = 100,
  ) {}

  start() {
    this.typing = true;
    this.loop = (async () => {
      for (let n = 0; this.typing; n++) {
        const word = `${this.tag}${n}`;
        this.client.paragraph().insert(0, `${word} `);
        this.track(word, this.client.lastSent!, this.client.acks.at(-1)!);
        await new Promise((resolve) => setTimeout(resolve, this.everyMs));
      }
    })();
    this.retrying = setInterval(() => {
      for (const [word, message] of this.unsaved) this.track(word, message, this.client.send(message));
    }, 300);
  }

  async stop() {
    this.typing = false;
    await this.loop;
  }

  /** Waits until every word typed was acknowledged, sending refused ones again meanwhile. */
  async settle(timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    while (this.unsaved.size && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    if (this.retrying) clearInterval(this.retrying);
    if (this.unsaved.size) throw new Error(`${this.unsaved.size} words of ${this.tag} never acknowledged`);
  }

  private track(word: string, message: Uint8Array, ack: Promise<Ack>) {
    this.unsaved.set(word, message);
    ack.then(
      (answer) => {
        if (answer.ok) {
          this.saved.add(word);
          this.unsaved.delete(word);
        } else this.refusals.push(answer.code ?? 'unknown');
      },
      () => this.refusals.push('no answer'),
    );
  }
}
