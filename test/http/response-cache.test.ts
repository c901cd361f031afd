import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/http/response-cache.js';
import { TargetMemo } from '../../src/http/target-memo.js';
import { World } from '../../src/world/world.js';
import { createTestSandbox } from '../support/sandbox.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('ResponseCache', () => {
  it('keeps bodies per signature and target', () => {
    const cache = new ResponseCache(1000);
    cache.set('app|org|read:a', '/v3/x?page=1', bytes('one'));
    cache.set('app|org|read:b', '/v3/x?page=1', bytes('two'));
    expect(cache.get('app|org|read:a', '/v3/x?page=1')).toEqual(bytes('one'));
    expect(cache.get('app|org|read:b', '/v3/x?page=1')).toEqual(bytes('two'));
    expect(cache.get('app|org|read:a', '/v3/x?page=2')).toBeUndefined();
  });

  it('never holds more than its byte budget, dropping the oldest first', () => {
    const cache = new ResponseCache(30);
    cache.set('s', 'a', bytes('x'.repeat(9))); // 10 bytes with the target
    cache.set('t', 'b', bytes('x'.repeat(9)));
    cache.set('s', 'c', bytes('x'.repeat(9)));
    expect(cache.size).toBe(3);
    cache.set('t', 'd', bytes('x'.repeat(9)));
    expect(cache.size).toBe(3);
    expect(cache.get('s', 'a')).toBeUndefined();
    expect(cache.get('t', 'b')).toEqual(bytes('x'.repeat(9)));
    cache.set('u', 'e', bytes('x'.repeat(19))); // 20 bytes: two more must go
    expect(cache.get('t', 'b')).toBeUndefined();
    expect(cache.get('s', 'c')).toBeUndefined();
    expect(cache.get('t', 'd')).toEqual(bytes('x'.repeat(9)));
    expect(cache.get('u', 'e')).toEqual(bytes('x'.repeat(19)));
  });

  it('counts a body by its encoded bytes, not its characters', () => {
    const cache = new ResponseCache(30);
    cache.set('s', 'a', bytes('é'.repeat(9))); // 18 bytes and the target: 19
    expect(cache.bytes).toBe(19);
    cache.set('s', 'b', bytes('é'.repeat(9)));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(19);
  });

  it('stays bounded over many distinct bodies', () => {
    const cache = new ResponseCache(1000);
    for (let i = 0; i < 10_000; i++) cache.set(`sig${i % 7}`, `/v3/x?page=${i}`, bytes('y'.repeat(50)));
    expect(cache.size).toBeLessThanOrEqual(1000 / 50);
    expect(cache.bytes).toBeLessThanOrEqual(1000);
    expect(cache.get(`sig${9999 % 7}`, '/v3/x?page=9999')).toEqual(bytes('y'.repeat(50)));
  });

  it('does not keep a body larger than the whole budget', () => {
    const cache = new ResponseCache(10);
    cache.set('s', 'big', bytes('x'.repeat(100)));
    expect(cache.get('s', 'big')).toBeUndefined();
  });

  it('replaces a target without counting it twice, and forgets everything at clear', () => {
    const cache = new ResponseCache(25);
    cache.set('s', 'a', bytes('x'.repeat(9)));
    cache.set('s', 'a', bytes('y'.repeat(9)));
    cache.set('s', 'b', bytes('x'.repeat(9)));
    expect(cache.size).toBe(2);
    expect(cache.get('s', 'a')).toEqual(bytes('y'.repeat(9)));
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('each cache of a sandbox runs with the limit its own class states, not one set from outside', () => {
    const { sandbox, caches } = createTestSandbox();
    expect(caches.responses.maxBytes).toBe(ResponseCache.MAX_BYTES);
    expect(caches.params.maxBytes).toBe(TargetMemo.MAX_BYTES);
    expect(caches.params.maxTargetLength).toBe(TargetMemo.MAX_TARGET_LENGTH);
    expect(sandbox.world.heldRecordsBudget).toBe(World.HELD_RECORDS_BUDGET);
  });
});
