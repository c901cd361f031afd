import type { AdminHandlers } from '../../http/admin-operation.js';

/** `/_sandbox/requests`: the journal, newest first. */
export const journalHandlers = {
  sandboxRequests({ c, params }, { journal }) {
    return c.json({ requests: journal.list(params) });
  },

  sandboxClearRequests({ c }, { journal }) {
    journal.clear();
    return c.body(null, 204);
  },
} satisfies Pick<AdminHandlers, 'sandboxRequests' | 'sandboxClearRequests'>;
