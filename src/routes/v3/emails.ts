import { apiError } from '../../contract/api-error.js';
import { RECIPIENT_ERRORS } from '../../contract/reasons.js';
import type { EmailError, SandboxEmail } from '../../contract/schemas.js';
import { successBody } from '../../http/list-response.js';
import type { V3Handlers } from '../../http/operation.js';
import { clinicOf } from './clinic-of.js';

interface Recipient {
  recipientType: 'patient' | 'user';
  recipientId: string;
}

export const SENDER_DOMAIN = 'accounts.maxcare.ai';

export const emailHandlers = {
  sendEmails(request, sandbox) {
    const { body } = request;
    const recipients: Recipient[] = [
      ...(body.patientIds ?? []).map((id) => ({ recipientType: 'patient' as const, recipientId: id })),
      ...(body.userIds ?? []).map((id) => ({ recipientType: 'user' as const, recipientId: id })),
    ];
    if (recipients.length === 0) throw apiError('email_without_recipients');
    const now = sandbox.clock.now();
    if (body.scheduledAt !== undefined && Date.parse(body.scheduledAt) <= now) throw apiError('email_scheduled_in_past');

    const data = clinicOf(request, sandbox);
    const createdAt = new Date(now).toISOString();
    const fromAddress = `${body.senderPrefix}@${SENDER_DOMAIN}`;
    const sent: SandboxEmail[] = [];
    const errors: EmailError[] = [];
    for (const recipient of recipients) {
      const person =
        recipient.recipientType === 'patient'
          ? data.table('patients').get(recipient.recipientId)
          : data.staffUsers.get(recipient.recipientId);
      const problems = RECIPIENT_ERRORS[recipient.recipientType];
      if (!person) {
        errors.push({ ...recipient, message: problems.notFound });
        continue;
      }
      if (!person.email) {
        errors.push({ ...recipient, message: problems.noEmail });
        continue;
      }
      const email: SandboxEmail = {
        id: sandbox.outbox.nextId(),
        organizationId: request.organization.id,
        appId: request.app.id,
        keyId: request.key.id,
        ...recipient,
        toAddress: person.email,
        fromAddress,
        subject: body.subject,
        htmlBody: body.htmlBody,
        emailType: body.emailType,
        status: body.scheduledAt === undefined ? 'sent' : 'scheduled',
        scheduledAt: body.scheduledAt === undefined ? null : new Date(body.scheduledAt).toISOString(),
        createdAt,
      };
      sandbox.outbox.add(email);
      sent.push(email);
    }
    return successBody({
      // The API's view of an outbox email: what was sent, not to whom it belongs nor its body.
      sent: sent.map(({ organizationId: _org, appId: _app, keyId: _key, htmlBody: _body, ...view }) => view),
      errors,
    });
  },
} satisfies Pick<V3Handlers, 'sendEmails'>;
