import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/http/response-cache.js';

describe('ResponseCache', () => {
  it('keeps bodies within its byte budget, dropping the oldest first', () => {
    const cache = new ResponseCache(30);
    cache.set('a', 'x'.repeat(9)); // 10 bytes with the key
    cache.set('b', 'x'.repeat(9));
    cache.set('c', 'x'.repeat(9));
    expect(cache.size).toBe(3);
    cache.set('d', 'x'.repeat(9));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('d')).toBe('x'.repeat(9));
    expect(cache.size).toBe(3);
  });

  it('does not keep a body larger than the whole budget', () => {
    const cache = new ResponseCache(10);
    cache.set('big', 'x'.repeat(100));
    expect(cache.get('big')).toBeUndefined();
  });

  it('replaces a key without counting it twice, and forgets everything at clear', () => {
    const cache = new ResponseCache(25);
    cache.set('a', 'x'.repeat(9));
    cache.set('a', 'y'.repeat(9));
    cache.set('b', 'x'.repeat(9));
    expect(cache.get('a')).toBe('y'.repeat(9));
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
