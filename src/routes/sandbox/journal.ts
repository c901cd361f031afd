import type { AdminHandlers } from '../../http/admin-operation.js';
import { integerQuery } from './query.js';

/** `/_sandbox/requests` (the journal, newest first) and `/_sandbox/emails` (the outbox). */
export const journalHandlers = {
  sandboxRequests({ c }, { journal }) {
    const query = c.req.query();
    const requests = journal.list({
      keyId: query.keyId,
      organizationId: query.organizationId,
      path: query.path,
      status: integerQuery(query.status, 'status', 0, 599),
      limit: integerQuery(query.limit, 'limit', 1, journal.capacity),
    });
    return c.json({ requests });
  },

  sandboxClearRequests({ c }, { journal }) {
    journal.clear();
    return c.body(null, 204);
  },

  sandboxEmails({ c }, { outbox }) {
    return c.json({ emails: outbox.list(c.req.query('organizationId')?.toLowerCase()) });
  },
} satisfies Pick<AdminHandlers, 'sandboxRequests' | 'sandboxClearRequests' | 'sandboxEmails'>;
