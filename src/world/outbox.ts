import { createHash } from 'node:crypto';
import { OUTBOX_BYTES, OUTBOX_EMAIL_OVERHEAD } from './budgets.js';
import type { StoredEmail } from './email-lifecycle.js';

/** Where every sandbox email comes from: `<from>@accounts.maxcare.ai` (api-model A7). */
export const SENDER_DOMAIN = 'accounts.maxcare.ai';

/** An email as the outbox keeps it; `GET /_sandbox/emails` shows it with its status at read time (email-lifecycle.ts). */
export type OutboxEmail = StoredEmail;

/** A body the outbox holds, with how many of its emails hold it. */
interface SharedBody {
  text: string;
  emails: number;
}

/**
 * Where `POST /v3/emails/send` (and `POST /_sandbox/emails`) deliver: nothing leaves the machine;
 * `GET /v3/emails` and `GET /_sandbox/emails` read it. Email ids follow a sequence from
 * the seed, so runs repeat exactly.
 *
 * Bounded by count (`capacity`) and by size (`maxBytes`, see world/budgets.ts): past either,
 * the oldest emails are dropped first. A body is held once however many emails carry it (a send
 * to a hundred patients, or the same body sent again), so it is counted once.
 */
export class Outbox {
  #emails: OutboxEmail[] = [];
  readonly #bodies = new Map<string, SharedBody>();
  #bytes = 0;
  #sequence = 0;

  constructor(
    private readonly seed: string,
    readonly capacity = 1000,
    readonly maxBytes = OUTBOX_BYTES,
  ) {}

  /** What the held emails add up to, in UTF-16 code units (with a fixed overhead each): at most `maxBytes`. */
  get bytes(): number {
    return this.#bytes;
  }

  nextId(): string {
    this.#sequence += 1;
    return `eml_${createHash('sha256').update(`${this.seed}:email:${this.#sequence}`).digest('hex').slice(0, 32)}`;
  }

  add(email: OutboxEmail): void {
    let body = this.#bodies.get(email.html);
    if (body === undefined) {
      body = { text: email.html, emails: 0 };
      this.#bodies.set(body.text, body);
      this.#bytes += body.text.length;
    }
    body.emails += 1;
    const kept = { ...email, html: body.text };
    this.#emails.push(kept);
    this.#bytes += emailBytes(kept);
    let dropped = 0;
    while (this.#emails.length - dropped > this.capacity || (this.#bytes > this.maxBytes && this.#emails.length - dropped > 1)) {
      this.#release(this.#emails[dropped]!);
      dropped += 1;
    }
    if (dropped > 0) this.#emails.splice(0, dropped);
  }

  /**
   * Newest first (by `createdAt`, then the later add first), optionally of one clinic. An email
   * arranged with a past `createdAt` sorts among the ones sent then.
   */
  list(organizationId?: string): OutboxEmail[] {
    const emails = organizationId ? this.#emails.filter((e) => e.organizationId === organizationId) : this.#emails;
    const order = new Map(emails.map((email, index) => [email, index]));
    return [...emails].sort((a, b) => b.createdAtMs - a.createdAtMs || order.get(b)! - order.get(a)!);
  }

  /** One email by id, or undefined (never sent, or dropped as the outbox filled). */
  get(id: string): OutboxEmail | undefined {
    return this.#emails.find((email) => email.id === id);
  }

  reset(): void {
    this.#emails = [];
    this.#bodies.clear();
    this.#bytes = 0;
    this.#sequence = 0;
  }

  #release(email: OutboxEmail): void {
    this.#bytes -= emailBytes(email);
    const body = this.#bodies.get(email.html)!;
    body.emails -= 1;
    if (body.emails === 0) {
      this.#bodies.delete(body.text);
      this.#bytes -= body.text.length;
    }
  }
}

/** An email's own strings, its body aside (shared, counted once), and its fixed overhead. */
function emailBytes(email: OutboxEmail): number {
  let size = OUTBOX_EMAIL_OVERHEAD - email.html.length;
  for (const value of Object.values(email)) if (typeof value === 'string') size += value.length;
  return size;
}
