import { apiError } from '../../contract/api-error.js';
import { organizationKey } from '../../contract/ids.js';
import type { AdminHandlers } from '../../http/admin-operation.js';
import { outboxViewAt } from '../../world/email-lifecycle.js';
import { SENDER_DOMAIN } from '../../world/outbox.js';
import { organizationOf } from './admin-errors.js';

/** `/_sandbox/emails`: the outbox `GET /v3/emails` reads, shown and arranged without a Max AI key. */
export const emailAdminHandlers = {
  sandboxEmails({ c, params }, { outbox, clock }) {
    const now = clock.now();
    const organizationId = params.organizationId === undefined ? undefined : organizationKey(params.organizationId);
    return c.json({ emails: outbox.list(organizationId).map((email) => outboxViewAt(email, now)) });
  },

  sandboxArrangeEmail({ c, body }, { outbox, clock, world }) {
    const organization = organizationOf(world, body.organizationId);
    const createdAtMs = body.createdAt === undefined ? clock.now() : Date.parse(body.createdAt);
    const scheduledAtMs = body.scheduledAt === undefined ? null : Date.parse(body.scheduledAt);
    if (scheduledAtMs !== null && scheduledAtMs < createdAtMs) throw apiError('email_scheduled_before_created');
    const email = {
      id: outbox.nextId(),
      organizationId: organization.id,
      appId: body.appId,
      keyId: null,
      recipientType: body.recipientType,
      recipientId: body.recipientId,
      recipientEmail: body.recipientEmail,
      fromAddress: `${body.from ?? 'notifications'}@${SENDER_DOMAIN}`,
      subject: body.subject,
      html: body.html,
      emailType: body.emailType ?? 'general',
      createdAtMs,
      scheduledAtMs,
      ...(body.outcome === undefined ? {} : { outcome: body.outcome }),
    };
    outbox.add(email);
    return c.json(outboxViewAt(email, clock.now()), 201);
  },
} satisfies Pick<AdminHandlers, 'sandboxEmails' | 'sandboxArrangeEmail'>;
