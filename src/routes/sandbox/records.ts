import type { AdminHandlers } from '../../http/admin-operation.js';
import { listBody, recordBody } from '../../http/list-response.js';
import { type AnyRecord, isRecordResource, KINDS, type RecordResource } from '../../world/records/kinds.js';
import type { Sandbox } from '../../world/sandbox.js';
import type { Organization } from '../../world/world.js';
import { organizationOf, unknownId } from './admin-errors.js';
import { integerQuery } from './query.js';

const JSON_TYPE = { 'Content-Type': 'application/json' };

/** The clinic and record type a records path names, or the 404 naming what is unknown. */
function target(
  sandbox: Sandbox,
  path: { id: string; resource: string },
): { organization: Organization; resource: RecordResource } {
  const organization = organizationOf(sandbox.world, path.id);
  if (!isRecordResource(path.resource)) throw unknownId('Record type', path.resource);
  return { organization, resource: path.resource };
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
  sandboxListRecords({ c, path }, sandbox) {
    const { organization, resource } = target(sandbox, path);
    const page = integerQuery(c.req.query('page'), 'page', 1, 1_000_000_000) ?? 1;
    const pageSize = integerQuery(c.req.query('pageSize'), 'pageSize', 1, 100) ?? 25;
    const table = sandbox.records.table(organization, resource);
    return c.body(listBody({ page, pageSize }, resource, table, table.items), 200, JSON_TYPE);
  },

  sandboxGetRecord({ c, path }, sandbox) {
    const { organization, resource } = target(sandbox, path);
    const record = sandbox.records.get(organization, resource, path.recordId);
    return c.body(served(sandbox, organization, resource, record), 200, JSON_TYPE);
  },

  sandboxCreateRecord({ c, path, body }, sandbox) {
    const { organization, resource } = target(sandbox, path);
    const record = sandbox.records.create(organization, resource, body);
    return c.body(served(sandbox, organization, resource, record), 201, JSON_TYPE);
  },

  sandboxUpdateRecord({ c, path, body }, sandbox) {
    const { organization, resource } = target(sandbox, path);
    const record = sandbox.records.update(organization, resource, path.recordId, body);
    return c.body(served(sandbox, organization, resource, record), 200, JSON_TYPE);
  },

  sandboxDeleteRecord({ c, path }, sandbox) {
    const { organization, resource } = target(sandbox, path);
    sandbox.records.delete(organization, resource, path.recordId);
    return c.body(null, 204);
  },
} satisfies Pick<
  AdminHandlers,
  'sandboxListRecords' | 'sandboxGetRecord' | 'sandboxCreateRecord' | 'sandboxUpdateRecord' | 'sandboxDeleteRecord'
>;
