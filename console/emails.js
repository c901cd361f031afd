// @ts-check
/**
 * The outbox: what apps sent with `POST /v3/emails/send` (or `POST /_sandbox/emails` arranged).
 * Nothing leaves the sandbox. Bodies are shown as text in the JSON dialog, never rendered as HTML.
 */
import { jsonDialog } from './dialogs.js';
import { byId, dateTime, fill, h, opensOnClick } from './dom.js';
import { pollPanel } from './poll.js';
import { currentWorld } from './world.js';

/** @typedef {import('../src/contract/schemas.js').SandboxEmail} Email */

const OUTBOX_POLL_MS = 3000;

export function startEmails() {
  pollPanel(
    OUTBOX_POLL_MS,
    '/_sandbox/emails',
    // Statuses move with the clock: a changed status redraws as a new email does.
    (/** @type {{ emails: Email[] }} */ { emails }) => JSON.stringify(emails.map((email) => [email.id, email.status])),
    ({ emails }) => draw(emails),
  );
}

/** @param {Email[]} emails newest first */
function draw(emails) {
  const body = byId('email-rows', HTMLTableSectionElement);
  byId('email-count', HTMLElement).textContent = emails.length === 0 ? '' : `${emails.length} sent`;
  if (emails.length === 0) {
    fill(
      body,
      h(
        'tr',
        {},
        h(
          'td',
          { colspan: 7, class: 'empty' },
          'No emails yet. POST /v3/emails/send with a key that has write:emails; they land here.',
        ),
      ),
    );
    return;
  }
  const clinics = new Map((currentWorld()?.organizations ?? []).map((clinic) => [clinic.id, clinic.name]));
  fill(
    body,
    emails.map((email) =>
      h(
        'tr',
        { ...opensOnClick(() => jsonDialog(email.subject, email)), 'data-email-id': email.id },
        h('td', {}, dateTime(email.createdAt)),
        h('td', {}, clinics.get(email.organizationId) ?? email.organizationId),
        h('td', {}, email.fromAddress),
        h('td', {}, email.recipientEmail),
        h('td', {}, email.subject),
        h('td', {}, email.emailType),
        h('td', { 'data-status': email.status }, statusText(email)),
      ),
    ),
  );
}

/**
 * The status and when it was reached, e.g. `delivered 2026-03-25 10:00`.
 *
 * @param {Email} email
 */
function statusText(email) {
  const when = {
    scheduled: email.scheduledAt,
    sent: email.sentAt,
    delivered: email.deliveredAt,
    opened: email.openedAt,
    bounced: email.bouncedAt,
  }[email.status];
  return when ? `${email.status} ${dateTime(when)}` : email.status;
}
