import { ApiError } from '../../errors.js';
import { readJsonBody } from '../../http/json-body.js';
import { successBody } from '../../http/list-response.js';
import type { OutboxEmail } from '../../world/outbox.js';
import { clinicOf, type OperationHandler } from './handler.js';

interface EmailRequest {
  senderPrefix: string;
  subject: string;
  htmlBody: string;
  emailType: string;
  patientIds?: string[];
  userIds?: string[];
  scheduledAt?: string;
}

interface Recipient {
  recipientType: 'patient' | 'user';
  recipientId: string;
}

export const SENDER_DOMAIN = 'accounts.maxcare.ai';

export const emailHandlers: Record<string, OperationHandler> = {
  async sendEmails(c, sandbox) {
    const body = await readJsonBody(c);
    sandbox.validateBody('sendEmails', body);
    const request = body as EmailRequest;
    const recipients: Recipient[] = [
      ...(request.patientIds ?? []).map((id) => ({ recipientType: 'patient' as const, recipientId: id })),
      ...(request.userIds ?? []).map((id) => ({ recipientType: 'user' as const, recipientId: id })),
    ];
    if (recipients.length === 0) {
      throw ApiError.badRequest('invalid_body', "'patientIds' or 'userIds' must hold at least one ID");
    }
    const now = sandbox.clock.now();
    if (request.scheduledAt !== undefined && Date.parse(request.scheduledAt) <= now) {
      throw ApiError.badRequest('invalid_body', "'scheduledAt' must be in the future");
    }

    const data = clinicOf(c, sandbox);
    const createdAt = new Date(now).toISOString();
    const fromAddress = `${request.senderPrefix}@${SENDER_DOMAIN}`;
    const sent: OutboxEmail[] = [];
    const errors: { recipientType: string; recipientId: string; message: string }[] = [];
    for (const recipient of recipients) {
      const person =
        recipient.recipientType === 'patient'
          ? data.patients.get(recipient.recipientId)
          : data.staffUsers.get(recipient.recipientId);
      const label = recipient.recipientType === 'patient' ? 'Patient' : 'User';
      if (!person) {
        errors.push({ ...recipient, message: `${label} not found` });
        continue;
      }
      if (!person.email) {
        errors.push({ ...recipient, message: `${label} has no email address` });
        continue;
      }
      const email: OutboxEmail = {
        id: sandbox.outbox.nextId(),
        organizationId: c.get('organization')!.id,
        appId: c.get('app')!.id,
        keyId: c.get('key')!.id,
        ...recipient,
        toAddress: person.email,
        fromAddress,
        subject: request.subject,
        htmlBody: request.htmlBody,
        emailType: request.emailType,
        status: request.scheduledAt === undefined ? 'sent' : 'scheduled',
        scheduledAt: request.scheduledAt === undefined ? null : new Date(request.scheduledAt).toISOString(),
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
};
