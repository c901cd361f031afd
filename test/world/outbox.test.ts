import { describe, expect, it } from 'vitest';
import { OUTBOX_BYTES } from '../../src/world/budgets.js';
import { Outbox, type OutboxEmail } from '../../src/world/outbox.js';

function email(outbox: Outbox, htmlBody: string): OutboxEmail {
  return {
    id: outbox.nextId(),
    organizationId: '7e2c8cfe-b7a9-4deb-986d-e7012589e72b',
    appId: `app_${'0'.repeat(32)}`,
    keyId: 'key_prd_full_access',
    recipientType: 'patient',
    recipientId: `pat_${'1'.repeat(32)}`,
    toAddress: 'ada@example.com',
    fromAddress: 'clinic@accounts.maxcare.ai',
    subject: 'Your visit',
    htmlBody,
    emailType: 'general',
    status: 'sent',
    scheduledAt: null,
    createdAt: '2026-06-01T12:00:00.000Z',
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
    expect(outbox.list().map((e) => e.htmlBody)).toEqual(['<p>4</p>', '<p>3</p>', '<p>2</p>']);
    outbox.reset();
    expect(outbox.list()).toEqual([]);
    expect(outbox.bytes).toBe(0);
  });
});
