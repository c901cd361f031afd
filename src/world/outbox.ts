import { createHash } from 'node:crypto';
import type { SandboxEmail } from '../contract/schemas.js';

/** An email as the outbox keeps it: exactly what `GET /_sandbox/emails` shows. */
export type OutboxEmail = SandboxEmail;

/**
 * Where `POST /v3/emails` delivers: nothing leaves the machine. Bounded: past `capacity` the
 * oldest email is dropped. Email ids follow a sequence from the seed, so runs repeat exactly.
 */
export class Outbox {
  #emails: OutboxEmail[] = [];
  #sequence = 0;

  constructor(
    private readonly seed: string,
    readonly capacity = 1000,
  ) {}

  nextId(): string {
    this.#sequence += 1;
    return `eml_${createHash('sha256').update(`${this.seed}:email:${this.#sequence}`).digest('hex').slice(0, 32)}`;
  }

  add(email: OutboxEmail): void {
    this.#emails.push(email);
    if (this.#emails.length > this.capacity) this.#emails.splice(0, this.#emails.length - this.capacity);
  }

  /** Newest first, optionally of one clinic. */
  list(organizationId?: string): OutboxEmail[] {
    const emails = organizationId ? this.#emails.filter((e) => e.organizationId === organizationId) : this.#emails;
    return [...emails].reverse();
  }

  reset(): void {
    this.#emails = [];
    this.#sequence = 0;
  }
}
