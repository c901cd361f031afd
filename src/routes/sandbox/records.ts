import { apiError } from '../../contract/api-error.js';
import type { AdminHandlers } from '../../http/admin-operation.js';
import { listBody } from '../../http/list-response.js';
import { isRecordResource, type RecordResource } from '../../world/records/kinds.js';
import type { Sandbox } from '../../world/sandbox.js';
import type { Organization } from '../../world/world.js';
import { unknownId } from './admin-errors.js';

const JSON_TYPE = { 'Content-Type': 'application/json' };

/** The clinic and record type a records path names, or the 404 naming what is unknown. */
function target(
  sandbox: Sandbox,
  path: { id: string; resource: string },
): { organization: Organization; resource: RecordResource } {
  const organization = sandbox.world.organizations.get(path.id.toLowerCase());
  if (!organization) throw unknownId('Organization', path.id);
  if (!isRecordResource(path.resource)) throw unknownId('Record type', path.resource);
  return { organization, resource: path.resource };
}

/** A page number or size from the query, as `/v3` lists read them. */
function pageQuery(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,10}$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw apiError('parameter_out_of_range', name, 1, max);
  }
  return Number(value);
}

/**
 * `/_sandbox/organizations/{id}/{resource}[/{recordId}]`: a clinic's records, read and changed
 * without a Max AI key, for arranging a test or a demo. The checks live in the RecordEditor.
 */
export const recordHandlers = {
  sandboxListRecords({ c, path }, sandbox) {
    const { organization, resource } = target(sandbox, path);
    const page = pageQuery(c.req.query('page'), 'page', 1, 1_000_000_000);
    const pageSize = pageQuery(c.req.query('pageSize'), 'pageSize', 25, 100);
    const table = sandbox.records.table(organization, resource);
    return c.body(listBody({ page, pageSize }, resource, table, table.items), 200, JSON_TYPE);
  },

  sandboxGetRecord({ c, path }, sandbox) {
    const { organization, resource } = target(sandbox, path);
    const record = sandbox.records.get(organization, resource, path.recordId);
    return c.body(`{"code":"success","data":${sandbox.records.table(organization, resource).json(record)}}`, 200, JSON_TYPE);
  },

  sandboxCreateRecord({ c, path, body }, sandbox) {
    const { organization, resource } = target(sandbox, path);
    const record = sandbox.records.create(organization, resource, body);
    return c.body(`{"code":"success","data":${sandbox.records.table(organization, resource).json(record)}}`, 201, JSON_TYPE);
  },

  sandboxUpdateRecord({ c, path, body }, sandbox) {
    const { organization, resource } = target(sandbox, path);
    const record = sandbox.records.update(organization, resource, path.recordId, body);
    return c.body(`{"code":"success","data":${sandbox.records.table(organization, resource).json(record)}}`, 200, JSON_TYPE);
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
