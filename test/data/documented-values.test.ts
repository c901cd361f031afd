/**
 * The documented values of api-model A6 against the document and the records: every enum A6
 * shows an example of holds it, the sandbox sends it and the filters accept it; every enum of
 * the records of bills, claims, notes and patients says which values are the sandbox's own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/openapi/load-spec.js';
import { createAjv } from '../support/ajv.js';
import type { ClinicRecords } from './support.js';
import { clinic } from './support.js';

const spec = loadSpec() as any;
const schemas: Record<string, any> = spec.components.schemas;
const records = clinic();
const groups = records.bills.flatMap((bill) => bill.codingGroups);

type Documented = [schema: string, property: string, values: (string | null)[], sent: (records: ClinicRecords) => unknown[]];

/** Each enum A6 gives a value of, with the values it documents and where the records send it. */
const DOCUMENTED_ENUM_VALUES: Documented[] = [
  ['Patient', 'gender', ['Male', 'Female', null], (r) => r.patients.map((patient) => patient.gender)],
  ['Appointment', 'status', ['confirmed'], (r) => r.appointments.map((appointment) => appointment.status)],
  ['Bill', 'billingType', ['professional'], (r) => r.bills.map((bill) => bill.billingType)],
  ['CodingGroup', 'status', ['finalized'], () => groups.map((group) => group.status)],
  ['Diagnosis', 'codeRevision', ['ICD-10-CM'], () => groups.flatMap((group) => group.diagnoses.map((d) => d.codeRevision))],
  ['LineItem', 'codeType', ['CPT'], () => groups.flatMap((group) => group.lineItems.map((line) => line.codeType))],
  ['Claim', 'claimStatus', ['accepted'], (r) => r.claims.map((claim) => claim.claimStatus)],
  ['Note', 'status', ['awaiting_sign'], (r) => r.notes.map((note) => note.status)],
  ['Note', 'aiStatus', ['issues_found'], (r) => r.notes.map((note) => note.aiStatus)],
  ['Insurance', 'policyType', ['PPO'], (r) => r.claims.flatMap((claim) => claim.insurance.map((plan) => plan.policyType))],
];

/** The list filters whose values are those of a record's enum. */
const STATUS_FILTERS = [
  ['/v3/appointments', 'Appointment', 'status'],
  ['/v3/claims', 'Claim', 'claimStatus'],
  ['/v3/notes', 'Note', 'status'],
] as const;

/** The records this part of the work covers: their enums must all be marked. */
const MARKED_RECORDS = ['Patient', 'Appointment', 'Bill', 'Claim', 'Note', 'Task'];

function componentName(ref: string): string {
  return ref.slice('#/components/schemas/'.length);
}

/** Every `[schema, property, propertySchema]` with an enum, in `name` and the schemas it refers to. */
function enumsUnder(name: string, seen = new Set<string>()): [string, string, any][] {
  if (seen.has(name)) return [];
  seen.add(name);
  const found: [string, string, any][] = [];
  for (const [property, raw] of Object.entries<any>(schemas[name].properties ?? {})) {
    const target = raw.items ?? raw;
    if (target.$ref) found.push(...enumsUnder(componentName(target.$ref), seen));
    else if (target.enum) found.push([name, property, target]);
  }
  return found;
}

/** The schemas of the marked records and those they hold. */
const MARKED_SCHEMAS = new Set(MARKED_RECORDS.flatMap((record) => enumsUnder(record).map(([schema]) => schema)));

function statusFilter(path: string): any {
  const parameter = spec.paths[path].get.parameters.find((p: any) => p.name === 'statuses');
  return parameter.schema.items;
}

describe.each(DOCUMENTED_ENUM_VALUES)('%s.%s', (schema, property, documented, sent) => {
  const definition = schemas[schema].properties[property];

  it('holds the documented values in its enum', () => {
    for (const value of documented) expect(definition.enum).toContain(value);
  });

  it('is sent with each documented value', () => {
    const values = new Set(sent(records));
    for (const value of documented) expect(values.has(value), String(value)).toBe(true);
  });
});

describe.each(DOCUMENTED_ENUM_VALUES.filter(([schema]) => MARKED_SCHEMAS.has(schema)))(
  '%s.%s',
  (schema, property, documented) => {
    it('shows the documented values as its examples', () => {
      for (const value of documented) expect(schemas[schema].properties[property].examples).toContain(value);
    });
  },
);

describe.each(STATUS_FILTERS)('the statuses filter of %s', (path, schema, property) => {
  it('accepts exactly the values the records send', () => {
    expect(statusFilter(path).enum).toEqual(schemas[schema].properties[property].enum);
  });
});

describe('the provider roles', () => {
  it('A6: hold names such as "Physician" and "Surgeon", which the records send; the others are marked the sandbox’s', () => {
    const { enum: roles, 'x-sandbox-added-values': added } = schemas.ProviderRole;
    expect(roles.filter((role: string) => !added.includes(role))).toEqual(['Physician', 'Surgeon']);
    const sent = new Set(records.providers.flatMap((provider) => provider.roles));
    for (const role of ['Physician', 'Surgeon']) expect(sent).toContain(role);
    for (const role of sent) expect(roles).toContain(role);
  });
});

describe('A6: further documented values', () => {
  it('an assigned provider’s roleType is like "PRIMARY_..."; the rendering provider is PRIMARY_PROVIDER', () => {
    for (const note of records.notes) {
      expect(note.assignedProviders[0]?.roleType).toBe('PRIMARY_PROVIDER');
      for (const provider of note.assignedProviders.slice(1)) expect(provider.roleType).toBe('COSIGNER');
    }
  });

  it('a bill’s primaryProviderName is spelled "Dr. James Wilson" for a physician', () => {
    const doctors = records.bills.filter((bill) => /^Dr\. /.test(bill.primaryProviderName));
    expect(doctors.length).toBeGreaterThan(0);
    for (const bill of doctors) expect(bill.primaryProviderName).toMatch(/^Dr\. \S+ [^,]+$/);
  });

  it('a claim’s insurance policyType is like "PPO" and its policyNumber differs from its memberId', () => {
    const plans = records.claims.flatMap((claim) => claim.insurance);
    expect(plans.map((plan) => plan.policyType)).toContain('PPO');
    for (const plan of plans) expect(plan.policyNumber).not.toBe(plan.memberId);
  });

  it('the note’s embedded patient has avatar, a URL or null, and both occur', () => {
    const avatars = records.notes.map((note) => note.patient.avatar);
    expect(avatars).toContain(null);
    const urls = avatars.filter((avatar) => avatar !== null);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https:\/\/example\.com\/avatars\/pat_[0-9a-f]{32}\.png$/);
  });
});

describe('the appointments statuses filter', () => {
  it('marks the same values as the sandbox’s as Appointment.status', () => {
    expect(statusFilter('/v3/appointments')['x-sandbox-added-values']).toEqual(
      schemas.Appointment.properties.status['x-sandbox-added-values'],
    );
  });
});

describe('the notes statuses filter', () => {
  it('marks the same values as the sandbox’s as Note.status', () => {
    expect(statusFilter('/v3/notes')['x-sandbox-added-values']).toEqual(schemas.Note.properties.status['x-sandbox-added-values']);
  });
});

describe('the tasks status filter', () => {
  it('marks the same values as the sandbox’s as Task.status', () => {
    const filter = (spec.paths['/v3/tasks'].get.parameters as any[]).find((p) => p.name === 'status').schema.items;
    expect(filter.enum).toEqual(schemas.Task.properties.status.enum);
    expect(filter['x-sandbox-added-values']).toEqual(schemas.Task.properties.status['x-sandbox-added-values']);
  });
});

describe.each(MARKED_RECORDS)('the enums of %s and the schemas it holds', (record) => {
  const enums = enumsUnder(record);

  it.each(enums.map(([schema, property, definition]) => [`${schema}.${property}`, definition]))(
    '%s says which values are the sandbox’s own',
    (_name, definition: any) => {
      const added: unknown[] = definition['x-sandbox-added-values'];
      expect(Array.isArray(added)).toBe(true);
      for (const value of added) expect(definition.enum).toContain(value);
      const documented: unknown[] = definition.enum.filter((value: unknown) => !added.includes(value));
      const description: string = definition.description;
      // The description says the same: "Documented: <those values>. Added by the sandbox: <the rest>".
      if (documented.length === 0) {
        expect(description).toMatch(/No value is documented/);
      } else {
        const segment = /Documented: ([\s\S]*?)(?:Added by the sandbox|$)/.exec(description)?.[1] ?? '';
        const named = definition.enum.filter((value: unknown) =>
          value === null ? /\bnull\b/.test(segment) : segment.includes(`\`${value}\``),
        );
        expect(named).toEqual(documented);
      }
      for (const value of added) expect(description).toContain(`\`${value}\``);
    },
  );

  it('finds them by following the $refs', () => {
    expect(enums.length).toBeGreaterThan(0);
  });
});

describe('the documented examples', () => {
  const ajv = createAjv();

  it.each(
    Object.entries(schemas).flatMap(([name, schema]) =>
      Object.entries<any>(schema.properties ?? {})
        .filter(([, property]) => Array.isArray(property.examples))
        .map(([property, definition]) => [`${name}.${property}`, definition]),
    ),
  )('of %s are valid values of it', (_name, definition: any) => {
    const { examples, ...rest } = definition;
    if (rest.$ref) return; // Examples sit beside the own schema of a property, never beside a $ref.
    const validate = ajv.compile(rest);
    for (const example of examples) expect(validate(example), JSON.stringify(example)).toBe(true);
  });

  it('include the spellings A6 fixes', () => {
    const property = (schema: string, name: string) => schemas[schema].properties[name];
    expect(property('Note', 'visitDate').examples).toEqual(['2026-03-20 18:30:00+00']);
    expect(property('LineItem', 'units').examples).toEqual(['1']);
    expect(property('Claim', 'billHumanId').examples).toEqual(['BILL-78432']);
    expect(property('Note', 'ehrType').examples).toEqual(['modmed']);
  });

  it('are what the records send', () => {
    for (const note of records.notes) expect(note.ehrType).toBe('modmed');
    for (const line of groups.flatMap((group) => group.lineItems)) expect(typeof line.units).toBe('string');
  });
});

describe('NoteProvider', () => {
  it('is the whole Provider plus hidden and roleType', () => {
    const { hidden, roleType, ...providerProperties } = schemas.NoteProvider.properties;
    expect(providerProperties).toEqual(schemas.Provider.properties);
    expect(hidden.type).toBe('boolean');
    expect(roleType.enum).toEqual(['PRIMARY_PROVIDER', 'COSIGNER']);
    expect(schemas.NoteProvider.required).toEqual([...schemas.Provider.required, 'hidden', 'roleType']);
  });
});

describe("the README's Records table", () => {
  const FIELDS: Record<string, [string, string]> = {
    'Patient `gender`': ['Patient', 'gender'],
    'Appointment `status` (and the `statuses` filter)': ['Appointment', 'status'],
    'Bill `billingType`': ['Bill', 'billingType'],
    'coding group `status`': ['CodingGroup', 'status'],
    'diagnosis `codeRevision`': ['Diagnosis', 'codeRevision'],
    'line item `codeType`': ['LineItem', 'codeType'],
    'Claim `claimStatus`': ['Claim', 'claimStatus'],
    'insurance `policyType`': ['Insurance', 'policyType'],
    'Note `status` (and the `statuses` filter)': ['Note', 'status'],
    'Note `aiStatus`': ['Note', 'aiStatus'],
    'note provider `roleType`': ['NoteProvider', 'roleType'],
    'Provider `roles`': ['ProviderRole', ''],
    'Product `type`': ['Product', 'type'],
    'inventory change `type`': ['InventoryChange', 'type'],
    'inventory change `status` (and the `status` filter)': ['InventoryChange', 'status'],
    'impression `complexity`': ['NoteImpressionComplexity', ''],
    'impression `status`': ['NoteImpressionStatus', ''],
    'Task `status` (and the `status` filter)': ['Task', 'status'],
    'Task `syncStatus`': ['Task', 'syncStatus'],
  };
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('\n### Records\n');
  const section = readme.slice(start, readme.indexOf('\n## ', start));
  const rows = [...section.matchAll(/^\| (.+?) \| (.+?) \| (.+?) \|$/gm)].slice(1); // after the header
  const backticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]);

  it('has a row for each marked enum', () => {
    expect(rows.map((row) => row[1]).sort()).toEqual(Object.keys(FIELDS).sort());
  });

  it.each(rows.map((row) => [row[1], row[2], row[3]] as [string, string, string]))(
    '%s lists the values the document marks',
    (field, documented, added) => {
      const [schema, property] = FIELDS[field]!;
      const definition = property === '' ? schemas[schema] : schemas[schema].properties[property];
      expect(backticked(added)).toEqual(definition['x-sandbox-added-values']);
      const documentedValues = definition.enum.filter((value: unknown) => !definition['x-sandbox-added-values'].includes(value));
      expect(backticked(documented)).toEqual(documentedValues.filter((value: unknown) => value !== null));
    },
  );
});
