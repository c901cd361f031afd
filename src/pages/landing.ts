import type { Context } from 'hono';
import { htmlResponse } from './html.js';

/** The pages a person can open; relative links, so a path prefix in front of the sandbox works. */
const LINKS = [
  { href: '_sandbox/console', label: 'Demo console', note: 'clinics, keys and their states, live requests, records' },
  { href: 'docs', label: 'API reference', note: 'every operation, with try-it against this sandbox' },
  { href: 'openapi.json', label: 'OpenAPI document', note: 'the single source of truth, for your own tools' },
];

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>max-sandbox</title>
<link rel="icon" href="data:,">
<style>
body { font: 16px/1.5 system-ui, sans-serif; color: #1f2933; margin: 0; }
main { max-width: 40rem; margin: 4rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.75rem; margin: 0 0 0.25rem; }
li { margin: 0.5rem 0; }
a { color: #1d4ed8; font-weight: 600; }
</style>
</head>
<body>
<main>
<h1>max-sandbox</h1>
<p>A local sandbox of the Max AI clinic API v3, with seeded synthetic clinics.</p>
<ul>
${LINKS.map((link) => `<li><a href="${link.href}">${link.label}</a>: ${link.note}</li>`).join('\n')}
</ul>
</main>
</body>
</html>
`;

/** `/`: where a person who opens the sandbox's URL in a browser lands. */
export function landingPage(_c: Context): Response {
  return htmlResponse(PAGE);
}
