import { describe, expect, it } from 'vitest';
import { createTestSandbox } from '../support/sandbox.js';

describe('the landing page at /', () => {
  it('is a small HTML page linking the demo console, the API reference and the document', async () => {
    const { app } = createTestSandbox();
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    const links = [...html.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]);
    expect(links).toEqual(['_sandbox/console', 'docs', 'openapi.json']);
    for (const link of links) expect((await app.request(`/${link}`)).status).toBe(200);
  });

  it('is the only page at the root: other paths stay the JSON 404', async () => {
    const { app } = createTestSandbox();
    const response = await app.request('/index.html');
    expect(response.status).toBe(404);
    expect(response.headers.get('X-Sandbox-Reason')).toBe('route_not_found');
  });
});
