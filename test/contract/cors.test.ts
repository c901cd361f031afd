import { describe, expect, it } from 'vitest';
import { normalizeOrigin, parseCorsOrigins, resolveCorsOrigins } from '../../src/settings/cors.js';

describe('the --cors setting', () => {
  it('takes * alone, or origins separated by commas', () => {
    expect(parseCorsOrigins('*')).toBe('*');
    expect(parseCorsOrigins(' * ')).toBe('*');
    expect(parseCorsOrigins('http://localhost:5173')).toEqual(['http://localhost:5173']);
    expect(parseCorsOrigins('http://localhost:5173, https://app.example.com,')).toEqual([
      'http://localhost:5173',
      'https://app.example.com',
    ]);
  });

  it('writes each origin as a browser sends it, once', () => {
    expect(normalizeOrigin('HTTP://LocalHost:5173/')).toBe('http://localhost:5173');
    expect(normalizeOrigin('http://127.0.0.1:80')).toBe('http://127.0.0.1');
    expect(normalizeOrigin('https://[::1]:8443')).toBe('https://[::1]:8443');
    expect(parseCorsOrigins('http://localhost:5173,http://LOCALHOST:5173/')).toEqual(['http://localhost:5173']);
  });

  it.each([
    ['localhost:5173', /^must be '\*' or comma-separated origins .*\(http or https, with the scheme\), not 'localhost:5173'$/],
    ['5173', /^must be '\*' or comma-separated origins such as http:\/\/localhost:5173, not '5173'$/],
    ['ftp://files.example.com', /http or https/],
    [
      'http://localhost:5173/app',
      /^takes origins \(scheme, host and port only\), not 'http:\/\/localhost:5173\/app': use 'http:\/\/localhost:5173'$/,
    ],
    ['http://localhost:5173/?x=1', /scheme, host and port only/],
    ['http://localhost:5173#top', /scheme, host and port only/],
    ['http://user:pass@localhost:5173', /scheme, host and port only/],
    ['', /not ''$/],
    [' , ', /not ' , '$/],
    ['*,http://localhost:5173', /^'\*' allows every origin: give it alone/],
  ])("refuses '%s', saying what it takes", (value, message) => {
    expect(() => parseCorsOrigins(value)).toThrow(RangeError);
    expect(() => parseCorsOrigins(value)).toThrow(message);
  });

  it('refuses an empty list given in code', () => {
    expect(() => resolveCorsOrigins([])).toThrow(/not an empty list/);
  });
});
