import { createHash } from 'node:crypto';
import type { EmailRecord, EmailStatus, EmailType, SandboxEmail } from '../contract/schemas.js';

/** How a sent email ends: chosen by the hash of its id, or arranged through `POST /_sandbox/emails`. */
export type EmailOutcome = 'delivered' | 'opened' | 'bounced';

/**
 * An email as the outbox stores it: what was sent, by whom, and when. Its status and the
 * timestamps after `sentAt` are not stored: they follow from the clock when the email is read
 * (see `emailAt`), so moving the clock moves every email along.
 */
export interface StoredEmail {
  id: string;
  organizationId: string;
  appId: string;
  /** The key that sent it; null when arranged through the admin API. */
  keyId: string | null;
  recipientType: 'patient' | 'user';
  recipientId: string;
  recipientEmail: string;
  fromAddress: string;
  subject: string;
  html: string;
  emailType: EmailType;
  createdAtMs: number;
  scheduledAtMs: number | null;
  /** Overrides the outcome the id's hash picks (admin arrangement only). */
  outcome?: EmailOutcome;
}

/** Delivery (or bounce) comes 2 to 5 s after sending. */
const SETTLE_MIN_MS = 2_000;
const SETTLE_SPREAD_MS = 3_001;
/** About 1 email in 20 bounces. */
const BOUNCE_ONE_IN = 20;
/** About 4 delivered emails in 10 are opened... */
const OPENED_PER_100 = 40;
/** ...between 1 minute and 1 hour after delivery. */
const OPEN_MIN_MS = 60_000;
const OPEN_SPREAD_MS = 3_540_001;

/** The fixed course of one email, from its id: the same seed gives the same course. */
interface Course {
  settleMs: number;
  outcome: EmailOutcome;
  openMs: number;
}

/** Courses already worked out: a list of 1,000 emails hashes none of them again. */
const courses = new WeakMap<StoredEmail, Course>();

function courseOf(email: StoredEmail): Course {
  let course = courses.get(email);
  if (course === undefined) {
    course = hashCourse(email);
    courses.set(email, course);
  }
  return course;
}

function hashCourse(email: StoredEmail): Course {
  const hash = createHash('sha256').update(email.id).digest();
  const bounced = hash.readUInt32BE(4) % BOUNCE_ONE_IN === 0;
  const opened = hash.readUInt32BE(8) % 100 < OPENED_PER_100;
  return {
    settleMs: SETTLE_MIN_MS + (hash.readUInt32BE(0) % SETTLE_SPREAD_MS),
    outcome: email.outcome ?? (bounced ? 'bounced' : opened ? 'opened' : 'delivered'),
    openMs: OPEN_MIN_MS + (hash.readUInt32BE(12) % OPEN_SPREAD_MS),
  };
}

/**
 * `2026-03-25 10:00:01.234+00`: the text form PostgreSQL gives a UTC timestamptz, as the emails
 * API documents it; like PostgreSQL, trailing zeros of the fraction are dropped (`10:00:01+00`).
 */
export function toPostgresTimestamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  const fraction = iso.slice(19, 23).replace(/\.?0+$/, '');
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction}+00`;
}

const at = (ms: number | null) => (ms === null ? null : toPostgresTimestamp(ms));

/** The email as the API shows it at `nowMs`: status and timestamps computed from the clock. */
export function emailAt(email: StoredEmail, nowMs: number): EmailRecord {
  const sentMs = email.scheduledAtMs ?? email.createdAtMs;
  const course = courseOf(email);
  const settledMs = sentMs + course.settleMs;
  const openedMs = settledMs + course.openMs;
  const sent = nowMs >= sentMs;
  const settled = sent && nowMs >= settledMs;
  const bounced = settled && course.outcome === 'bounced';
  const delivered = settled && !bounced;
  const opened = delivered && course.outcome === 'opened' && nowMs >= openedMs;
  const status: EmailStatus = opened ? 'opened' : bounced ? 'bounced' : delivered ? 'delivered' : sent ? 'sent' : 'scheduled';
  return {
    id: email.id,
    recipientEmail: email.recipientEmail,
    recipientType: email.recipientType,
    recipientId: email.recipientId,
    emailType: email.emailType,
    subject: email.subject,
    fromAddress: email.fromAddress,
    status,
    scheduledAt: at(email.scheduledAtMs),
    sentAt: sent ? at(sentMs) : null,
    deliveredAt: delivered ? at(settledMs) : null,
    openedAt: opened ? at(openedMs) : null,
    bouncedAt: bounced ? at(settledMs) : null,
    createdAt: toPostgresTimestamp(email.createdAtMs),
  };
}

/** The email as the outbox (`GET /_sandbox/emails`, the console) shows it: the record, who sent it, its body. */
export function outboxViewAt(email: StoredEmail, nowMs: number): SandboxEmail {
  const { id, ...record } = emailAt(email, nowMs);
  return { id, organizationId: email.organizationId, appId: email.appId, keyId: email.keyId, ...record, html: email.html };
}
