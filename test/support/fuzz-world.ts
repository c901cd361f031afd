import type { RequestableApp } from './fuzz-check.js';
import type { FuzzWorld } from './fuzz-requests.js';

/** The resources of a clinic, as `/v3` and the records routes name them. */
export const RESOURCES = [
  'patients',
  'appointments',
  'providers',
  'facilities',
  'bills',
  'claims',
  'notes',
  'tasks',
  'products',
  'inventoryChanges',
] as const;
export type Resource = (typeof RESOURCES)[number];

/** Ids of one clinic: its records by resource and its staff users. */
export interface ClinicIds {
  records: Record<Resource, string[]>;
  staffUsers: string[];
}

async function getJson(app: RequestableApp, path: string): Promise<any> {
  const response = await app.request(path, { method: 'GET' });
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Every record id of one resource of a clinic, read page by page through the records routes. */
export async function listRecordIds(
  app: RequestableApp,
  clinicId: string,
  resource: Resource,
  limit = Infinity,
): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ids.length < limit; page++) {
    const { data } = await getJson(app, `/_sandbox/organizations/${clinicId}/${resource}?page=${page}&pageSize=100`);
    const records = data[resource] as { id: string }[];
    ids.push(...records.map((record) => record.id));
    if (page >= data.pagination.totalPages) break;
  }
  return ids.slice(0, limit);
}

/** A clinic's ids: up to `perResource` records of each resource (all of them by default). */
export async function clinicIds(app: RequestableApp, clinicId: string, perResource = Infinity): Promise<ClinicIds> {
  const fixtures = await getJson(app, '/_sandbox/fixtures');
  const organization = (fixtures.organizations as { id: string; staffUsers: { id: string }[] }[]).find((o) => o.id === clinicId);
  const records = {} as Record<Resource, string[]>;
  for (const resource of RESOURCES) records[resource] = await listRecordIds(app, clinicId, resource, perResource);
  return { records, staffUsers: organization?.staffUsers.map((user) => user.id) ?? [] };
}

/** The world as it stands, for the fuzzer: every clinic and key, and a few records of each clinic. */
export async function gatherWorld(app: RequestableApp, perResource = 5): Promise<FuzzWorld> {
  const fixtures = await getJson(app, '/_sandbox/fixtures');
  const clinics = (fixtures.organizations as { id: string }[]).map((organization) => organization.id);
  const recordIds: Record<string, string[]> = {};
  for (const clinic of clinics) {
    const ids = await clinicIds(app, clinic, perResource);
    for (const id of [...Object.values(ids.records).flat(), ...ids.staffUsers]) {
      const prefix = id.slice(0, id.indexOf('_'));
      (recordIds[prefix] ??= []).push(id);
    }
  }
  return { clinicIds: clinics, recordIds, keyIds: (fixtures.keys as { id: string }[]).map((key) => key.id) };
}
