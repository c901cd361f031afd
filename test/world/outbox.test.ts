import { describe, expect, it } from 'vitest';
import { OUTBOX_BYTES } from '../../src/world/budgets.js';
import { emailAt, toPostgresTimestamp } from '../../src/world/email-lifecycle.js';
import { Outbox, type OutboxEmail } from '../../src/world/outbox.js';

function email(outbox: Outbox, html: string, createdAtMs = Date.parse('2026-06-01T12:00:00.000Z')): OutboxEmail {
  return {
    id: outbox.nextId(),
    organizationId: '7e2c8cfe-b7a9-4deb-986d-e7012589e72b',
    appId: `app_${'0'.repeat(32)}`,
    keyId: 'key_prd_full_access',
    recipientType: 'patient',
    recipientId: `pat_${'1'.repeat(32)}`,
    recipientEmail: 'ada@example.com',
    fromAddress: 'clinic@accounts.maxcare.ai',
    subject: 'Your visit',
    html,
    emailType: 'general',
    createdAtMs,
    scheduledAtMs: null,
  };
}

describe('Outbox', () => {
  it('1,000 large emails stay within its byte budget, the oldest dropped first', () => {
    const outbox = new Outbox('seed');
    const ids: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const sent = email(outbox, `<p>${i}</p>`.padEnd(100_000, 'x'));
      outbox.add(sent);
      ids.push(sent.id);
      expect(outbox.bytes).toBeLessThanOrEqual(OUTBOX_BYTES);
    }
    const kept = outbox.list();
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.length).toBeLessThan(1000);
    // Newest first, and what is kept is the newest run of emails.
    expect(kept.map((e) => e.id)).toEqual(ids.slice(-kept.length).reverse());
  });

  it('counts a body sent to many recipients once', () => {
    const outbox = new Outbox('seed');
    const body = 'y'.repeat(100_000);
    for (let i = 0; i < 100; i++) outbox.add(email(outbox, body));
    // The same body again in another request (another string with the same text) is shared too.
    for (let i = 0; i < 100; i++) outbox.add(email(outbox, 'y'.repeat(100_000)));
    expect(outbox.list()).toHaveLength(200);
    // One body, and each email's own short strings.
    expect(outbox.bytes).toBeLessThan(100_000 + 200 * 1_000);
  });

  it('still keeps at most its capacity of small emails, and forgets everything at reset', () => {
    const outbox = new Outbox('seed', 3);
    for (let i = 0; i < 5; i++) outbox.add(email(outbox, `<p>${i}</p>`));
    expect(outbox.list().map((e) => e.html)).toEqual(['<p>4</p>', '<p>3</p>', '<p>2</p>']);
    outbox.reset();
    expect(outbox.list()).toEqual([]);
    expect(outbox.bytes).toBe(0);
  });

  it('lists newest first by createdAt (an arranged older email sorts among its time), and finds one by id', () => {
    const outbox = new Outbox('seed');
    const now = email(outbox, '<p>now</p>');
    const older = email(outbox, '<p>older</p>', Date.parse('2026-05-01T00:00:00Z'));
    outbox.add(now);
    outbox.add(older);
    expect(outbox.list().map((e) => e.html)).toEqual(['<p>now</p>', '<p>older</p>']);
    expect(outbox.get(older.id)).toEqual(older);
    expect(outbox.get(`eml_${'0'.repeat(32)}`)).toBeUndefined();
  });
});

describe('emailAt: the lifecycle', () => {
  const sentAt = Date.parse('2026-03-25T10:00:01.234Z');
  const base = (id: string, outcome?: 'delivered' | 'opened' | 'bounced'): OutboxEmail => ({
    ...email(new Outbox('seed'), '<p>x</p>', sentAt),
    id,
    ...(outcome ? { outcome } : {}),
  });

  it('spells timestamps as documented (2026-03-25 10:00:01.234+00), trailing zeros dropped like PostgreSQL', () => {
    expect(toPostgresTimestamp(sentAt)).toBe('2026-03-25 10:00:01.234+00');
    expect(toPostgresTimestamp(Date.parse('2026-03-25T10:00:01.230Z'))).toBe('2026-03-25 10:00:01.23+00');
    expect(toPostgresTimestamp(Date.parse('2026-03-25T10:00:01.000Z'))).toBe('2026-03-25 10:00:01+00');
  });

  it('an arranged outcome wins over the hash: bounced after 2-5 s, opened 1 min to 1 h after delivery', () => {
    const bounced = base(`eml_${'a'.repeat(32)}`, 'bounced');
    expect(emailAt(bounced, sentAt + 1_999).status).toBe('sent');
    const late = emailAt(bounced, sentAt + 5_000);
    expect(late).toMatchObject({ status: 'bounced', deliveredAt: null, openedAt: null });
    expect(late.bouncedAt).not.toBeNull();
    const opened = base(`eml_${'b'.repeat(32)}`, 'opened');
    expect(emailAt(opened, sentAt + 5_000 + 59_999).status).toBe('delivered');
    expect(emailAt(opened, sentAt + 5_000 + 3_600_000)).toMatchObject({ status: 'opened', bouncedAt: null });
    const delivered = base(`eml_${'c'.repeat(32)}`, 'delivered');
    expect(emailAt(delivered, sentAt + 10 * 3_600_000)).toMatchObject({ status: 'delivered', openedAt: null, bouncedAt: null });
  });
});
