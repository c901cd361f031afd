import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/sandbox.js';
import { ConfigError } from '../../src/settings/config-error.js';
import { startSandbox } from '../../src/testing/start-sandbox.js';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { createTestSandbox, type TestSandbox } from '../support/sandbox.js';

const DAY_MS = 86_400_000;

/** Sunrise's appointments from the reference instant's UTC day to six days after it. */
async function weekOfAppointments({ request }: TestSandbox, firstDay: string, lastDay: string) {
  const response = await request(`/v3/appointments?dateFrom=${firstDay}&dateTo=${lastDay}&pageSize=100`);
  expect(response.status).toBe(200);
  return (response.body.data.appointments as { scheduledStartDate: string; status: string }[]).map((appointment) => ({
    startMs: Date.parse(appointment.scheduledStartDate),
    status: appointment.status,
  }));
}

/** That the schedule sits around `referenceDate`: visits earlier that UTC day, later that day, later that week. */
async function expectScheduleAround(sandbox: TestSandbox, referenceDate: string) {
  const referenceMs = Date.parse(referenceDate);
  const dayStartMs = Math.floor(referenceMs / DAY_MS) * DAY_MS;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const appointments = await weekOfAppointments(sandbox, iso(dayStartMs), iso(dayStartMs + 6 * DAY_MS));
  const earlierToday = appointments.filter((a) => a.startMs >= dayStartMs && a.startMs < referenceMs);
  const laterToday = appointments.filter((a) => a.startMs >= referenceMs && a.startMs < dayStartMs + DAY_MS);
  const laterThisWeek = appointments.filter((a) => a.startMs >= dayStartMs + DAY_MS);
  expect(earlierToday.length).toBeGreaterThan(0);
  expect(laterToday.length).toBeGreaterThan(0);
  expect(laterThisWeek.length).toBeGreaterThan(0);
  // Statuses follow the moved "now": what is over is an outcome, what is ahead is still booked.
  for (const { status } of earlierToday) expect(['completed', 'cancelled', 'no_show', 'in_progress']).toContain(status);
  for (const { status } of [...laterToday, ...laterThisWeek]) {
    expect(['scheduled', 'confirmed', 'checked_in']).toContain(status);
  }
}

const RECORD_LISTS = [
  '/v3/appointments?pageSize=100',
  '/v3/patients?pageSize=100',
  '/v3/bills?pageSize=100',
  '/v3/claims?pageSize=100',
  '/v3/notes?pageSize=100&includeSoapNote=true',
  '/v3/providers',
  '/v3/facilities',
];

/** A fingerprint of the first page of every record list of two clinics, as served (one clinic's bills are a 403). */
async function fingerprint({ request }: TestSandbox): Promise<string> {
  const hash = createHash('sha256');
  for (const organizationId of [CLINICS.sunrise.id, CLINICS.harbor.id]) {
    for (const path of RECORD_LISTS) {
      // Harbor did not grant read:bills: an error's trace_id is fresh by design.
      hash.update((await request(path, { organizationId })).text.replace(/"trace_id":"[^"]+"/, '"trace_id":"-"'));
    }
  }
  return hash.digest('hex');
}

describe('the reference date setting', () => {
  it('places the schedule around a given date: 18:00 UTC of that day', async () => {
    const sandbox = createTestSandbox({ referenceDate: '2026-12-01' });
    expect(sandbox.sandbox.referenceDate).toBe('2026-12-01T18:00:00.000Z');
    expect(sandbox.sandbox.world.fixture.referenceDate).toBe('2026-12-01T18:00:00.000Z');
    await expectScheduleAround(sandbox, sandbox.sandbox.referenceDate);
  });

  it('places it around today, read from the clock, with the same bytes for every start that day', async () => {
    const early = createTestSandbox({ referenceDate: 'today' }, Date.parse('2026-09-15T00:00:01.000Z'));
    const late = createTestSandbox({ referenceDate: 'today' }, Date.parse('2026-09-15T23:59:59.000Z'));
    const explicit = createTestSandbox({ referenceDate: '2026-09-15' });
    expect(early.sandbox.referenceDate).toBe('2026-09-15T18:00:00.000Z');
    await expectScheduleAround(early, early.sandbox.referenceDate);
    const bytes = await fingerprint(early);
    expect(await fingerprint(late)).toBe(bytes);
    expect(await fingerprint(explicit)).toBe(bytes);
  });

  it('keeps the moved date across a reset and a moved clock', async () => {
    const sandbox = createTestSandbox({ referenceDate: 'today' }, Date.parse('2026-09-15T08:00:00.000Z'));
    const before = await fingerprint(sandbox);
    sandbox.sandbox.clock.advance(3 * DAY_MS);
    sandbox.sandbox.reset();
    expect(sandbox.sandbox.referenceDate).toBe('2026-09-15T18:00:00.000Z');
    expect(await fingerprint(sandbox)).toBe(before);
  });

  it('serves the same bytes as before the setting existed when it is not set', async () => {
    // Taken from the commit before --reference-date: the default world must not move by a byte.
    // Re-pinned in issue 16 (A6 values: provider roles, roleType, billing names, policyType and
    // policyNumber, the note patient's avatar), which change the served records on purpose.
    const sandbox = createTestSandbox();
    expect(sandbox.sandbox.referenceDate).toBe('2026-06-01T12:00:00.000Z');
    expect(await fingerprint(sandbox)).toBe('8f84784685723c057180137d714bdcf1f654cd582459cf1b1dc79e1fd019ba3f');
    expect(await fingerprint(createTestSandbox({ referenceDate: '2026-06-01T12:00:00Z' }))).toBe(
      '8f84784685723c057180137d714bdcf1f654cd582459cf1b1dc79e1fd019ba3f',
    );
  });

  it('serves valid records at the ends of the accepted range', async () => {
    for (const referenceDate of ['1900-01-01T00:00:00Z', '9998-12-31']) {
      // createTestSandbox checks every response against the document.
      expect(await fingerprint(createTestSandbox({ referenceDate }))).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('refuses an invalid value with an error naming the setting', () => {
    for (const referenceDate of ['yesterday', '2026-06-30T23:59:60Z', '+275760-09-13T00:00:00.000Z']) {
      expect(() => createSandbox({ config: { referenceDate } })).toThrow(
        new ConfigError(
          `config.referenceDate must be an ISO date (2026-12-01), an ISO timestamp with a zone (2026-12-01T15:00:00Z) or 'today', not '${referenceDate}'`,
        ),
      );
    }
  });

  it('is an option of startSandbox, refused there too when invalid', async () => {
    await expect(startSandbox({ referenceDate: '2026-06-30T23:59:60Z' })).rejects.toThrow(
      /^config\.referenceDate must be an ISO date .*, not '2026-06-30T23:59:60Z'$/,
    );
    const started = await startSandbox({ referenceDate: '2026-12-01' });
    try {
      const response = await fetch(`${started.url}/v3/appointments?dateFrom=2026-12-01&dateTo=2026-12-01`, {
        headers: { Authorization: `Bearer ${KEYS.fullAccess.key}`, 'X-Organization-Id': CLINICS.sunrise.id },
      });
      const body = (await response.json()) as { data: { appointments: { scheduledStartDate: string }[] } };
      expect(body.data.appointments.length).toBeGreaterThan(0);
    } finally {
      await started.close();
    }
  });
});
