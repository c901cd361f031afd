import { apiError } from '../../contract/api-error.js';
import { RECIPIENT_ERRORS } from '../../contract/reasons.js';
import type { EmailError, EmailRecord } from '../../contract/schemas.js';
import { byEquals } from '../../http/filters.js';
import { listBodyOfValues, successBody } from '../../http/list-response.js';
import type { V3Handlers } from '../../http/operation.js';
import { emailAt, type StoredEmail } from '../../world/email-lifecycle.js';
import { SENDER_DOMAIN } from '../../world/outbox.js';
import type { Sandbox } from '../../world/sandbox.js';
import { clinicOf } from './clinic-of.js';

interface Recipient {
  recipientType: 'patient' | 'user';
  recipientId: string;
}

/** The emails the calling app sent at the calling clinic, newest first: nobody else's. */
function ownEmails(request: { organization: { id: string }; app: { id: string } }, sandbox: Sandbox): StoredEmail[] {
  return sandbox.outbox.list(request.organization.id).filter((email) => email.appId === request.app.id);
}

export const emailHandlers = {
  sendEmails(request, sandbox) {
    const { body } = request;
    const recipients: Recipient[] = [
      ...(body.patientIds ?? []).map((id) => ({ recipientType: 'patient' as const, recipientId: id })),
      ...(body.userIds ?? []).map((id) => ({ recipientType: 'user' as const, recipientId: id })),
    ];
    if (recipients.length === 0) throw apiError('email_without_recipients');
    const now = sandbox.clock.now();
    const scheduledAtMs = body.scheduledAt === undefined ? null : Date.parse(body.scheduledAt);
    if (scheduledAtMs !== null && scheduledAtMs <= now) throw apiError('email_scheduled_in_past');

    // Every check that can refuse the request is above: from here on, nothing is half-applied.
    const data = clinicOf(request, sandbox);
    const fromAddress = `${body.from}@${SENDER_DOMAIN}`;
    const sent: EmailRecord[] = [];
    const errors: EmailError[] = [];
    for (const recipient of recipients) {
      const person =
        recipient.recipientType === 'patient'
          ? data.table('patients').get(recipient.recipientId)
          : data.staffUsers.get(recipient.recipientId);
      const problems = RECIPIENT_ERRORS[recipient.recipientType];
      if (!person?.email) {
        errors.push({ ...recipient, error: person ? problems.noEmail : problems.notFound });
        continue;
      }
      const email: StoredEmail = {
        id: sandbox.outbox.nextId(),
        organizationId: request.organization.id,
        appId: request.app.id,
        keyId: request.key.id,
        ...recipient,
        recipientEmail: person.email,
        fromAddress,
        subject: body.subject,
        html: body.html,
        emailType: body.emailType ?? 'general',
        createdAtMs: now,
        scheduledAtMs,
      };
      sandbox.outbox.add(email);
      sent.push(emailAt(email, now));
    }
    return successBody({ sent, errors });
  },

  listEmails(request, sandbox) {
    const { page, pageSize, emailType, status } = request.params;
    const now = sandbox.clock.now();
    const emails = byEquals(ownEmails(request, sandbox), emailType, (email) => email.emailType);
    // Status depends on the clock: compute each record once, then filter on it.
    const records = byEquals(
      emails.map((email) => emailAt(email, now)),
      status,
      (record) => record.status,
    );
    return listBodyOfValues({ page, pageSize }, 'emails', records);
  },

  getEmail(request, sandbox) {
    const email = sandbox.outbox.get(request.params.id);
    // Another app's or another clinic's email is answered like one that does not exist.
    if (!email || email.appId !== request.app.id || email.organizationId !== request.organization.id) {
      throw apiError('record_not_found', 'Email');
    }
    return successBody(emailAt(email, sandbox.clock.now()));
  },
} satisfies Pick<V3Handlers, 'sendEmails' | 'listEmails' | 'getEmail'>;
