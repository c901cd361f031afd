import { organizationKey } from '../../contract/ids.js';
import type { AdminHandlers } from '../../http/admin-operation.js';

/** `/_sandbox/requests` (the journal, newest first) and `/_sandbox/emails` (the outbox). */
export const journalHandlers = {
  sandboxRequests({ c, params }, { journal }) {
    return c.json({ requests: journal.list(params) });
  },

  sandboxClearRequests({ c }, { journal }) {
    journal.clear();
    return c.body(null, 204);
  },

  sandboxEmails({ c, params }, { outbox }) {
    return c.json({
      emails: outbox.list(params.organizationId === undefined ? undefined : organizationKey(params.organizationId)),
    });
  },
} satisfies Pick<AdminHandlers, 'sandboxRequests' | 'sandboxClearRequests' | 'sandboxEmails'>;
