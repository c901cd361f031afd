// @ts-check
/** The outbox: what apps sent with `POST /v3/emails`. Nothing leaves the sandbox. */
import { adminCall } from './api.js';
import { jsonDialog } from './dialogs.js';
import { byId, dateTime, fill, h, opensOnClick } from './dom.js';
import { showPollFailure } from './feedback.js';
import { every } from './poll.js';
import { currentWorld } from './world.js';

/** @typedef {import('../src/contract/schemas.js').SandboxEmail} Email */

const OUTBOX_POLL_MS = 3000;

let drawn = '';

export function startEmails() {
  every(OUTBOX_POLL_MS, readOutbox);
}

async function readOutbox() {
  try {
    const { emails } = /** @type {{ emails: Email[] }} */ (await adminCall('GET', '/_sandbox/emails'));
    const text = JSON.stringify(emails.map((email) => email.id));
    if (text === drawn) return;
    drawn = text;
    draw(emails);
  } catch (error) {
    showPollFailure(error);
  }
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
          { colspan: 6, class: 'empty' },
          'No emails yet. POST /v3/emails with a key that has write:emails; they land here.',
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
        h('td', {}, email.toAddress),
        h('td', {}, email.subject),
        h('td', {}, email.emailType),
        h(
          'td',
          {},
          email.status === 'scheduled' && email.scheduledAt ? `scheduled ${dateTime(email.scheduledAt)}` : email.status,
        ),
      ),
    ),
  );
}
