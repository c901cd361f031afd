import { describe, expect, it } from 'vitest';
import { createTestSandbox } from '../../support/sandbox.js';

const { request } = createTestSandbox({ rateLimit: 1_000_000 });

async function all(path: string, plural: string): Promise<any[]> {
  const records: any[] = [];
  for (let page = 1; ; page++) {
    const { status, body, text } = await request(`${path}${path.includes('?') ? '&' : '?'}page=${page}`);
    expect(status, text).toBe(200);
    records.push(...body.data[plural]);
    if (page >= body.data.pagination.totalPages) return records;
  }
}

describe('appointments', () => {
  it('are sorted by scheduledStartDate ascending by default and can be sorted descending', async () => {
    const asc = await all('/v3/appointments', 'appointments');
    const starts = asc.map((a) => a.scheduledStartDate);
    expect(starts).toEqual([...starts].sort());
    const desc = await all('/v3/appointments?sortOrder=desc', 'appointments');
    expect(desc.map((a) => a.scheduledStartDate)).toEqual([...starts].sort().reverse());
  });

  it('sort by status, ties by start time', async () => {
    const records = await all('/v3/appointments?sortBy=status', 'appointments');
    const keys = records.map((a) => `${a.status}|${a.scheduledStartDate}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('sort by lastSyncedAt, either way, ties by start time', async () => {
    const asc = await all('/v3/appointments?sortBy=lastSyncedAt', 'appointments');
    const keys = asc.map((a) => `${a.lastSyncedAt}|${a.scheduledStartDate}|${a.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(asc.map((a) => a.lastSyncedAt)).size).toBeGreaterThan(asc.length / 2);
    const desc = await all('/v3/appointments?sortBy=lastSyncedAt&sortOrder=desc', 'appointments');
    expect(desc.map((a) => a.lastSyncedAt)).toEqual(asc.map((a) => a.lastSyncedAt).reverse());
    expect(desc.map((a) => a.id).sort()).toEqual(asc.map((a) => a.id).sort());
  });

  it('filter by comma-separated statuses, date range, facility and patient together', async () => {
    const everything = await all('/v3/appointments', 'appointments');
    const sample = everything.find((a) => a.status === 'completed')!;
    const date = sample.scheduledStartDate.slice(0, 10);
    const query = `statuses=completed,cancelled&dateFrom=${date}&dateTo=${date}&facilityId=${sample.facilityId}&patientId=${sample.patient.id}`;
    const filtered = await all(`/v3/appointments?${query}`, 'appointments');
    const expected = everything.filter(
      (a) =>
        ['completed', 'cancelled'].includes(a.status) &&
        a.scheduledStartDate.slice(0, 10) === date &&
        a.facilityId === sample.facilityId &&
        a.patient.id === sample.patient.id,
    );
    expect(filtered).toEqual(expected);
    expect(filtered.map((a) => a.id)).toContain(sample.id);
  });

  it.each([
    ['statuses=done', "'statuses' must be one of: scheduled, confirmed, checked_in, in_progress, completed, cancelled, no_show"],
    ['statuses=', "'statuses' must not be empty"],
    ['sortBy=createdAt', "'sortBy' must be one of: scheduledStartDate, lastSyncedAt, status"],
    ['sortOrder=up', "'sortOrder' must be one of: asc, desc"],
    ['dateFrom=2026-13-01', "'dateFrom' must be a valid date (YYYY-MM-DD) or an ISO 8601 timestamp"],
    ['dateFrom=yesterday', "'dateFrom' must be a valid date (YYYY-MM-DD) or an ISO 8601 timestamp"],
    ['dateFrom=2026-02-01T09:30:00', "'dateFrom' must be a valid date (YYYY-MM-DD) or an ISO 8601 timestamp"],
    ['dateTo=2026-02-01T25:00:00Z', "'dateTo' must be a valid date (YYYY-MM-DD) or an ISO 8601 timestamp"],
    ['dateFrom=2026-02-02&dateTo=2026-02-01', "'dateFrom' must not be after 'dateTo'"],
    ['dateFrom=2026-02-01T10:00:00Z&dateTo=2026-02-01T09:59:59.999Z', "'dateFrom' must not be after 'dateTo'"],
    ['dateFrom=2026-02-02&dateTo=2026-02-01T23:59:59Z', "'dateFrom' must not be after 'dateTo'"],
    ['facilityId=fac_1', "'facilityId' must be a valid ID"],
    ['patientId=prv_0123456789abcdef0123456789abcdef', "'patientId' must be a valid ID"],
  ])('400 for %s', async (query, message) => {
    const { status, body } = await request(`/v3/appointments?${query}`);
    expect(status).toBe(400);
    expect(body.message).toBe(message);
  });

  it('dateFrom/dateTo take a full ISO 8601 timestamp (Z, offset, fraction) and compare instants', async () => {
    const everything = await all('/v3/appointments', 'appointments');
    const sample = everything[Math.floor(everything.length / 2)];
    const startMs = Date.parse(sample.scheduledStartDate);
    const expectRange = async (query: string, fromMs: number, toMs: number) => {
      const found = await all(`/v3/appointments?${query}`, 'appointments');
      const expected = everything.filter(
        (a) => Date.parse(a.scheduledStartDate) >= fromMs && Date.parse(a.scheduledStartDate) <= toMs,
      );
      expect(expected.length, query).toBeGreaterThan(0);
      expect(
        found.map((a) => a.id),
        query,
      ).toEqual(expected.map((a) => a.id));
    };
    // Both bounds inclusive, to the millisecond: the sample is kept by its own start, dropped a millisecond later.
    await expectRange(`dateFrom=${sample.scheduledStartDate}&dateTo=${sample.scheduledStartDate}`, startMs, startMs);
    const justAfter = new Date(startMs + 1).toISOString();
    const after = await all(`/v3/appointments?dateFrom=${justAfter}`, 'appointments');
    expect(after.map((a) => a.id)).not.toContain(sample.id);
    // An offset names the same instant: 09:30-05:00 is 14:30Z. Fractions are read.
    const day = sample.scheduledStartDate.slice(0, 10);
    await expectRange(
      `dateFrom=${day}T09:30:00-05:00&dateTo=${day}T23:59:59.999%2B00:00`,
      Date.parse(`${day}T14:30:00Z`),
      Date.parse(`${day}T23:59:59.999Z`),
    );
    // A date next to a timestamp stands for its whole UTC day.
    await expectRange(
      `dateFrom=${day}T00:00:00.000Z&dateTo=${day}`,
      Date.parse(`${day}T00:00:00Z`),
      Date.parse(`${day}T23:59:59.999Z`),
    );
    // The date form keeps its meaning: a date range equals the instants of its UTC days.
    const byDates = await all(`/v3/appointments?dateFrom=${day}&dateTo=${day}`, 'appointments');
    const byInstants = await all(`/v3/appointments?dateFrom=${day}T00:00:00Z&dateTo=${day}T23:59:59.999Z`, 'appointments');
    expect(byInstants).toEqual(byDates);
  });

  it('embed the full patient and provider, and the facility exists', async () => {
    const [appointment] = (await request('/v3/appointments?pageSize=1')).body.data.appointments;
    const patient = await request(`/v3/patients/${appointment.patient.id}`);
    const provider = await request(`/v3/providers/${appointment.provider.id}`);
    const facility = await request(`/v3/facilities/${appointment.facilityId}`);
    expect(patient.body.data).toEqual(appointment.patient);
    expect(provider.body.data).toEqual(appointment.provider);
    expect(facility.status).toBe(200);
  });
});

describe('providers and facilities', () => {
  it('hidden=true and hidden=false split the providers', async () => {
    const everyone = await all('/v3/providers', 'providers');
    const hidden = await all('/v3/providers?hidden=true', 'providers');
    const visible = await all('/v3/providers?hidden=false', 'providers');
    expect(hidden.length + visible.length).toBe(everyone.length);
    expect(new Set([...hidden, ...visible].map((p) => p.id))).toEqual(new Set(everyone.map((p) => p.id)));
  });

  it('search matches names case-insensitively', async () => {
    const [provider] = (await request('/v3/providers?pageSize=1')).body.data.providers;
    const found = await all(`/v3/providers?search=${encodeURIComponent(provider.lastName.toUpperCase())}`, 'providers');
    expect(found.map((p) => p.id)).toContain(provider.id);
    for (const p of found)
      expect(`${p.firstName} ${p.lastName} ${p.displayFirstName} ${p.displayLastName}`.toLowerCase()).toContain(
        provider.lastName.toLowerCase(),
      );
  });

  it('roleId keeps the providers whose roles include that role, named as roles lists it', async () => {
    const everyone = await all('/v3/providers', 'providers');
    const physicians = await all('/v3/providers?roleId=Physician', 'providers');
    expect(physicians.length).toBeGreaterThan(0);
    expect(physicians.length).toBeLessThan(everyone.length);
    expect(physicians).toEqual(everyone.filter((p) => p.roles.includes('Physician')));
    const visible = await all('/v3/providers?hidden=false', 'providers');
    const visibleNurses = await all('/v3/providers?roleId=Nurse%20Practitioner&hidden=false', 'providers');
    expect(visibleNurses.length).toBeGreaterThan(0);
    expect(visibleNurses).toEqual(visible.filter((p) => p.roles.includes('Nurse Practitioner')));
  });

  it.each([
    [
      'roleId=doctor',
      "'roleId' must be one of: Physician, Surgeon, Supervising Physician, Nurse Practitioner, Physician Assistant, Registered Nurse, Scribe, Administrator",
    ],
    [
      'roleId=',
      "'roleId' must be one of: Physician, Surgeon, Supervising Physician, Nurse Practitioner, Physician Assistant, Registered Nurse, Scribe, Administrator",
    ],
    [
      'roleId=physician',
      "'roleId' must be one of: Physician, Surgeon, Supervising Physician, Nurse Practitioner, Physician Assistant, Registered Nurse, Scribe, Administrator",
    ],
  ])('400 for providers?%s', async (query, message) => {
    const { status, body } = await request(`/v3/providers?${query}`);
    expect(status).toBe(400);
    expect(body.message).toBe(message);
  });

  it('search matches facility names case-insensitively', async () => {
    const everything = await all('/v3/facilities', 'facilities');
    const word = everything[0].name.split(' ').at(-1);
    const found = await all(`/v3/facilities?search=${encodeURIComponent(word.toUpperCase())}`, 'facilities');
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(everything.filter((f) => f.name.toLowerCase().includes(word.toLowerCase())));
  });

  it('isVisible filters facilities', async () => {
    const everything = await all('/v3/facilities', 'facilities');
    const visible = await all('/v3/facilities?isVisible=true', 'facilities');
    expect(visible).toEqual(everything.filter((f) => f.isVisible));
  });

  it('isVisible=false keeps the others, and is 400 unless true or false', async () => {
    // Harbor has a facility no longer shown; all of Sunrise's are.
    const harbor = { organizationId: '3f1d6a52-8c4e-4b7a-9e21-5d0c8f6b2a94' };
    const everything = (await request('/v3/facilities', harbor)).body.data.facilities;
    const hidden = (await request('/v3/facilities?isVisible=false', harbor)).body.data.facilities;
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden).toEqual(everything.filter((f: { isVisible: boolean }) => !f.isVisible));
    const { status, body } = await request('/v3/facilities?isVisible=1');
    expect(status).toBe(400);
    expect(body.message).toBe("'isVisible' must be true or false");
  });

  it('400 for a boolean that is not true or false', async () => {
    const { status, body } = await request('/v3/providers?hidden=yes');
    expect(status).toBe(400);
    expect(body.message).toBe("'hidden' must be true or false");
  });

  it('400 for an over-long search', async () => {
    const { status, body } = await request(`/v3/patients?search=${'a'.repeat(201)}`);
    expect(status).toBe(400);
    expect(body.message).toBe("'search' must be at most 200 characters");
  });
});

describe('patients', () => {
  it('search by MRN finds exactly that patient', async () => {
    const [patient] = (await request('/v3/patients?pageSize=1&page=7')).body.data.patients;
    const found = await all(`/v3/patients?search=${patient.mrn}`, 'patients');
    expect(found.map((p) => p.id)).toEqual([patient.id]);
  });

  it('a clinic has at least 250 of them', async () => {
    const { body } = await request('/v3/patients?pageSize=1');
    expect(body.data.pagination.totalCount).toBeGreaterThanOrEqual(250);
  });
});

describe('bills, claims and notes', () => {
  it("a claim's bill exists and names the same patient", async () => {
    const claims = (await request('/v3/claims?pageSize=5')).body.data.claims;
    for (const claim of claims) {
      const bill = await request(`/v3/bills/${claim.billId}`);
      expect(bill.status).toBe(200);
      expect(bill.body.data.patientId).toBe(claim.patientId);
    }
  });

  it('filter bills by date range and patient', async () => {
    const everything = await all('/v3/bills', 'bills');
    const sample = everything[Math.floor(everything.length / 2)];
    const filtered = await all(
      `/v3/bills?dateFrom=${sample.dateOfService}&dateTo=${sample.dateOfService}&patientId=${sample.patientId}`,
      'bills',
    );
    expect(filtered).toEqual(
      everything.filter((b) => b.dateOfService === sample.dateOfService && b.patientId === sample.patientId),
    );
  });

  it('filter claims by status and bill', async () => {
    const everything = await all('/v3/claims', 'claims');
    const sample = everything[0];
    expect(await all(`/v3/claims?billId=${sample.billId}`, 'claims')).toEqual(
      everything.filter((c) => c.billId === sample.billId),
    );
    const paid = await all('/v3/claims?statuses=paid,denied', 'claims');
    expect(paid).toEqual(everything.filter((c) => ['paid', 'denied'].includes(c.claimStatus)));
  });

  it('filter notes by visitDate with a date or a timestamp, compared as instants', async () => {
    const everything = await all('/v3/notes', 'notes');
    const sample = everything[Math.floor(everything.length / 3)];
    // visitDate is spelled `2026-03-20 18:30:00+00`; a timestamp bound is the same instant in ISO 8601.
    const iso = `${sample.visitDate.slice(0, 10)}T${sample.visitDate.slice(11, 19)}Z`;
    const exact = await all(`/v3/notes?dateFrom=${iso}&dateTo=${iso}`, 'notes');
    expect(exact.map((n) => n.id)).toContain(sample.id);
    for (const note of exact) expect(Date.parse(note.visitDate)).toBe(Date.parse(iso));
    const later = await all(`/v3/notes?dateFrom=${new Date(Date.parse(iso) + 1000).toISOString()}`, 'notes');
    expect(later.map((n) => n.id)).not.toContain(sample.id);
    expect(later.length).toBe(everything.filter((n) => Date.parse(n.visitDate) > Date.parse(iso)).length);
    const bad = await request('/v3/notes?dateTo=2026-02-30T10:00:00Z');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe("'dateTo' must be a valid date (YYYY-MM-DD) or an ISO 8601 timestamp");
  });

  it('bills and claims keep date-only bounds: a timestamp there is 400', async () => {
    const { status, body } = await request('/v3/bills?dateFrom=2026-01-01T00:00:00Z');
    expect(status).toBe(400);
    expect(body.message).toBe("'dateFrom' must be a valid date (YYYY-MM-DD)");
  });

  it('filter notes by facility', async () => {
    const everything = await all('/v3/notes', 'notes');
    const facilityId = everything[0].facility.id;
    const filtered = await all(`/v3/notes?facilityId=${facilityId}`, 'notes');
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered).toEqual(everything.filter((n) => n.facility.id === facilityId));
  });

  it('filter notes by provider: a note matches when the provider is among its assignedProviders', async () => {
    const everything = await all('/v3/notes', 'notes');
    // A cosigner: listed second, so the filter must look past the first assigned provider.
    const cosigned = everything.find((n) => n.assignedProviders.length > 1)!;
    const providerId = cosigned.assignedProviders[1].id;
    const filtered = await all(`/v3/notes?providerId=${providerId}`, 'notes');
    expect(filtered.map((n) => n.id)).toContain(cosigned.id);
    expect(filtered).toEqual(everything.filter((n) => n.assignedProviders.some((p: { id: string }) => p.id === providerId)));
    const both = await all(`/v3/notes?providerId=${providerId}&facilityId=${cosigned.facility.id}`, 'notes');
    expect(both).toEqual(filtered.filter((n) => n.facility.id === cosigned.facility.id));
  });

  it('a well-formed id of no provider or facility of this clinic matches no note', async () => {
    for (const query of ['providerId=prv_0123456789abcdef0123456789abcdef', 'facilityId=fac_0123456789abcdef0123456789abcdef']) {
      const { status, body } = await request(`/v3/notes?${query}`);
      expect(status).toBe(200);
      expect(body.data.pagination).toEqual({ page: 1, pageSize: 100, totalCount: 0, totalPages: 0 });
    }
  });

  it.each([
    ['providerId=pat_0123456789abcdef0123456789abcdef', "'providerId' must be a valid ID"],
    ['providerId=prv_1', "'providerId' must be a valid ID"],
    ['facilityId=fac_XYZ', "'facilityId' must be a valid ID"],
    [
      'providerId=prv_0123456789abcdef0123456789abcdef&providerId=prv_0123456789abcdef0123456789abcdee',
      "'providerId' must be given once",
    ],
  ])('400 for notes?%s', async (query, message) => {
    const { status, body } = await request(`/v3/notes?${query}`);
    expect(status).toBe(400);
    expect(body.message).toBe(message);
  });

  it('notes carry no SOAP body unless includeSoapNote=true', async () => {
    const [note] = (await request('/v3/notes?pageSize=1')).body.data.notes;
    expect(note).not.toHaveProperty('soapNote');
    const withSoap = await request(`/v3/notes/${note.id}?includeSoapNote=true`);
    expect(withSoap.status).toBe(200);
    expect(Object.keys(withSoap.body.data.soapNote)).toEqual([
      'subjective',
      'objective',
      'assessment',
      'plan',
      'impressionsPlans',
      'additionalHpiComments',
      'impressionsPlansComments',
      'otherExamComments',
      'stickyNoteDescription',
    ]);
    const { soapNote: _soap, ...rest } = withSoap.body.data;
    expect(rest).toEqual(note);
    const list = await request('/v3/notes?pageSize=2&includeSoapNote=true');
    for (const n of list.body.data.notes) expect(n.soapNote.plan.length).toBeGreaterThan(0);
  });

  it('includeSoapNote=true without read:soap_notes is 403 naming read:soap_notes', async () => {
    // Harbor did not grant read:soap_notes.
    const harbor = '3f1d6a52-8c4e-4b7a-9e21-5d0c8f6b2a94';
    const plain = await request('/v3/notes?pageSize=1', { organizationId: harbor });
    expect(plain.status).toBe(200);
    const { status, body } = await request('/v3/notes?includeSoapNote=true', { organizationId: harbor });
    expect(status).toBe(403);
    expect(body.message).toBe('Insufficient scope. Required: read:soap_notes');
    const one = await request(`/v3/notes/${plain.body.data.notes[0].id}?includeSoapNote=true`, { organizationId: harbor });
    expect(one.status).toBe(403);
  });
});
