import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/sandbox.js';
import { CLINICS } from '../../src/testing/well-known.js';
import { DEFAULT_FIXTURES_DIR, FixtureError } from '../../src/world/load-fixtures.js';
import { createTestSandbox } from '../support/sandbox.js';

const world = JSON.parse(readFileSync(join(DEFAULT_FIXTURES_DIR, 'world.json'), 'utf8'));
const EXAMPLE_DIR = new URL('../../examples/demo-world/', import.meta.url).pathname;

/** The built-in world with `records` pinned to Sunrise (organizations[0]). */
function withPinned(records: Record<string, unknown[]>) {
  const copy = structuredClone(world);
  copy.organizations[0].records = records;
  return copy;
}

const ADA = 'pat_00000000000000000000000000000ada';

describe('records pinned in world.json', () => {
  it('are served beside the generated ones, filled from the seed, and back after a reset', async () => {
    const pinned = withPinned({
      patients: [{ id: ADA, firstName: 'Ada', lastName: 'Demo', email: null }],
      appointments: [{ patientId: ADA, status: 'confirmed' }],
    });
    const { sandbox, request } = createTestSandbox({});
    const plain = (await request('/v3/patients')).body.data.pagination.totalCount;
    const pinnedSandbox = createSandbox({ fixture: pinned });
    const patients = pinnedSandbox.world.clinicData(pinnedSandbox.world.organizations.get(CLINICS.sunrise.id)!).table('patients');
    expect(patients.items.length).toBe(plain + 1);
    const ada = patients.get(ADA)!;
    expect(ada).toMatchObject({ firstName: 'Ada', lastName: 'Demo', email: null });
    expect(ada.mrn).toBeTruthy();
    const appointments = pinnedSandbox.world
      .clinicData(pinnedSandbox.world.organizations.get(CLINICS.sunrise.id)!)
      .table('appointments');
    const visit = appointments.items.find((a) => a.patient.id === ADA)!;
    expect(visit).toMatchObject({ status: 'confirmed', patient: ada });
    // The generated records of Sunrise are untouched by pinning.
    expect(patients.items.filter((p) => p.id !== ADA).length).toBe(plain);

    // Deterministic: a second sandbox from the same world fills the same bytes.
    const again = createSandbox({ fixture: pinned });
    const againData = again.world.clinicData(again.world.organizations.get(CLINICS.sunrise.id)!);
    expect(JSON.stringify(againData.table('appointments').items)).toBe(JSON.stringify(appointments.items));

    // A run-time change goes at reset; the pinned record stays.
    const org = pinnedSandbox.world.organizations.get(CLINICS.sunrise.id)!;
    pinnedSandbox.records.update(org, 'patients', ADA, { email: 'changed@example.com' });
    pinnedSandbox.reset();
    expect(pinnedSandbox.world.clinicData(org).table('patients').get(ADA)).toEqual(ada);
    sandbox.reset();
  });

  it('a record that breaks the document stops the start, naming the clinic, the record and the field', () => {
    const bad = withPinned({ patients: [{ firstName: 'Ada' }, { email: 42 }] });
    expect(() => createSandbox({ fixture: bad })).toThrow(FixtureError);
    expect(() => createSandbox({ fixture: bad })).toThrow(
      "world.json: organizations[0].records.patients[1]: 'email' must be a string or null (clinic 'Sunrise Family Medicine')",
    );
  });

  it('an unknown field, a dangling reference or a duplicate id stops the start', () => {
    expect(() => createSandbox({ fixture: withPinned({ patients: [{ nickname: 'Ada' }] }) })).toThrow(
      "records.patients[0]: 'nickname' is not a known field",
    );
    expect(() =>
      createSandbox({ fixture: withPinned({ appointments: [{ patientId: 'pat_0000000000000000000000000000dead' }] }) }),
    ).toThrow(
      "organizations[0].records.appointments[0]: 'patientId' names no patient of this clinic: 'pat_0000000000000000000000000000dead'",
    );
    expect(() => createSandbox({ fixture: withPinned({ patients: [{ id: ADA }, { id: ADA }] }) })).toThrow(
      `records.patients[1]: 'id' '${ADA}' is already a patient of this clinic`,
    );
  });

  it('the example demo world starts and serves its pinned records through /v3', async () => {
    const { request } = createTestSandbox({ fixturesDir: EXAMPLE_DIR });
    const ada = await request(`/v3/patients/${ADA}`);
    expect(ada.status).toBe(200);
    expect(ada.body.data).toMatchObject({ firstName: 'Ada', lastName: 'Demo', email: null });
    const visits = await request(`/v3/appointments?patientId=${ADA}`);
    expect(visits.body.data.appointments).toHaveLength(1);
    const notes = await request(`/v3/notes?patientId=${ADA}`);
    expect(notes.body.data.notes[0]).toMatchObject({ status: 'awaiting_sign', aiStatus: 'issues_found' });
    expect(notes.body.data.notes[0].assignedProviders[0].displayLastName).toBe('Demo, MD');
  });
});
