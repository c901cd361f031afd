import { describe, expect, it } from 'vitest';
import { isRegisteredRedirectUri, withQueryParams } from '../../src/world/redirect-uris.js';

const REGISTERED = ['http://localhost/callback', 'http://127.0.0.1/callback', 'https://app.example.com/oauth/callback'];

describe('isRegisteredRedirectUri', () => {
  it.each([
    ['http://localhost:5173/callback', true],
    ['http://localhost/callback', true],
    ['http://127.0.0.1:40123/callback', true],
    ['https://app.example.com/oauth/callback', true],
    // A port is open only for loopback URIs registered without one.
    ['https://app.example.com:8443/oauth/callback', false],
    // The path is exact, never a prefix; the query too.
    ['http://localhost:5173/callback/evil', false],
    ['http://localhost:5173/callbackx', false],
    ['http://localhost:5173/callback?next=/x', false],
    ['https://localhost:5173/callback', false],
    ['http://localhost.attacker.example/callback', false],
    ['not a url', false],
  ])('%s: %s', (uri, expected) => {
    expect(isRegisteredRedirectUri(REGISTERED, uri)).toBe(expected);
  });

  it('adds code and state to the query the app registered, and leaves out a state not sent', () => {
    expect(withQueryParams('https://app.example.com/cb?tenant=a', { code: 'c d', state: 's' })).toBe(
      'https://app.example.com/cb?tenant=a&code=c+d&state=s',
    );
    expect(withQueryParams('http://localhost:1/cb', { error: 'access_denied', state: null })).toBe(
      'http://localhost:1/cb?error=access_denied',
    );
  });
});
