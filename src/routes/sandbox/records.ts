import type { AdminHandlers } from '../../http/admin-operation.js';
import { listBody, recordBody } from '../../http/list-response.js';
import { type AnyRecord, KINDS, type RecordResource } from '../../records/kinds.js';
import type { Sandbox } from '../../world/sandbox.js';
import type { Organization } from '../../world/world.js';
import { organizationOf } from './admin-errors.js';

const JSON_TYPE = { 'Content-Type': 'application/json' };

/**
 * The clinic and record type a records path names, or the 404 naming an unknown clinic. The
 * record type needs no check here: the document's enum let through only the types there are.
 */
function target(
  sandbox: Sandbox,
  params: { id: string; resource: RecordResource },
): { organization: Organization; resource: RecordResource } {
  return { organization: organizationOf(sandbox.world, params.id), resource: params.resource };
}

/** `{"code":"success","data":<record>}` as the admin routes serve it (notes with their SOAP body). */
function served(sandbox: Sandbox, organization: Organization, resource: RecordResource, record: AnyRecord): string {
  return recordBody(KINDS[resource].label, sandbox.records.table(organization, resource), record);
}

/**
 * `/_sandbox/organizations/{id}/{resource}[/{recordId}]`: a clinic's records, read and changed
 * without a Max AI key, for arranging a test or a demo. The checks live in the RecordEditor.
 */
export const recordHandlers = {
  sandboxListRecords({ c, params }, sandbox) {
    const { organization, resource } = target(sandbox, params);
    const table = sandbox.records.table(organization, resource);
    return c.body(listBody(params, resource, table, table.items), 200, JSON_TYPE);
  },

  sandboxGetRecord({ c, params }, sandbox) {
    const { organization, resource } = target(sandbox, params);
    const record = sandbox.records.get(organization, resource, params.recordId);
    return c.body(served(sandbox, organization, resource, record), 200, JSON_TYPE);
  },

  sandboxCreateRecord({ c, params, body }, sandbox) {
    const { organization, resource } = target(sandbox, params);
    const record = sandbox.records.create(organization, resource, body);
    return c.body(served(sandbox, organization, resource, record), 201, JSON_TYPE);
  },

  sandboxUpdateRecord({ c, params, body }, sandbox) {
    const { organization, resource } = target(sandbox, params);
    const record = sandbox.records.update(organization, resource, params.recordId, body);
    return c.body(served(sandbox, organization, resource, record), 200, JSON_TYPE);
  },

  sandboxDeleteRecord({ c, params }, sandbox) {
    const { organization, resource } = target(sandbox, params);
    sandbox.records.delete(organization, resource, params.recordId);
    return c.body(null, 204);
  },
} satisfies Pick<
  AdminHandlers,
  'sandboxListRecords' | 'sandboxGetRecord' | 'sandboxCreateRecord' | 'sandboxUpdateRecord' | 'sandboxDeleteRecord'
>;
