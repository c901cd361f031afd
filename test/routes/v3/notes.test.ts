/** Notes over HTTP: the documented visitDate spelling and status, and the filters that read them. */
import { describe, expect, it } from 'vitest';
import { createTestSandbox } from '../../support/sandbox.js';

const { request } = createTestSandbox({ rateLimit: 1_000_000 });

async function allNotes(query = ''): Promise<any[]> {
  const notes: any[] = [];
  for (let page = 1; ; page++) {
    const { status, body, text } = await request(`/v3/notes?pageSize=100&page=${page}${query}`);
    expect(status, text).toBe(200);
    notes.push(...body.data.notes);
    if (page >= body.data.pagination.totalPages) return notes;
  }
}

describe('GET /v3/notes', () => {
  it('spells visitDate exactly as documented: YYYY-MM-DD HH:MM:SS+00', async () => {
    for (const note of await allNotes()) expect(note.visitDate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\+00$/);
  });

  it('filters dateFrom/dateTo on the date part of visitDate, both ends inclusive', async () => {
    const everything = await allNotes();
    const date = everything[Math.floor(everything.length / 2)].visitDate.slice(0, 10);
    const sameDay = await allNotes(`&dateFrom=${date}&dateTo=${date}`);
    expect(sameDay.length).toBeGreaterThan(0);
    expect(sameDay).toEqual(everything.filter((note) => note.visitDate.slice(0, 10) === date));
    const fromThatDay = await allNotes(`&dateFrom=${date}`);
    expect(fromThatDay).toEqual(everything.filter((note) => note.visitDate.slice(0, 10) >= date));
  });

  it('serves and filters by awaiting_sign, the documented status', async () => {
    const everything = await allNotes();
    const awaiting = await allNotes('&statuses=awaiting_sign');
    expect(awaiting.length).toBeGreaterThan(0);
    expect(awaiting).toEqual(everything.filter((note) => note.status === 'awaiting_sign'));
  });

  it('names every status, awaiting_sign included, when one is unknown', async () => {
    const { status, body } = await request('/v3/notes?statuses=done');
    expect(status).toBe(400);
    expect(body.message).toBe("'statuses' must be one of: draft, awaiting_sign, in_review, signed, amended");
  });
});
