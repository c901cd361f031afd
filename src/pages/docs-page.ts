import type { OpenApiDocument } from '../openapi/load-spec.js';
import type { Sandbox } from '../world/sandbox.js';
import { escapeHtml, jsonForScript } from './html.js';
import { type TryItDefaults, tryItDefaults } from './try-it-defaults.js';
import { type TryItFallback, tryItFallback } from './try-it-fallback.js';

/**
 * The value Swagger UI pre-fills for each security scheme of the document that the defaults
 * answer: the bearer scheme gets the key, the `X-Organization-Id` header scheme the clinic. Read
 * from the document, so a renamed scheme is still filled; the admin token never is (it is a secret).
 */
export function tryItAuthorizations(document: OpenApiDocument, defaults: TryItDefaults | null): Record<string, string> {
  const authorizations: Record<string, string> = {};
  if (defaults === null) return authorizations;
  for (const [name, scheme] of Object.entries(document.components?.securitySchemes ?? {})) {
    if ('$ref' in scheme) continue;
    if (scheme.type === 'http' && scheme.scheme.toLowerCase() === 'bearer') authorizations[name] = defaults.key;
    if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name.toLowerCase() === 'x-organization-id') {
      authorizations[name] = defaults.organizationId;
    }
  }
  return authorizations;
}

/**
 * The tags of the `/_sandbox` operations that no `/v3` operation has (`Sandbox`): their section gets
 * a rule above it, so the sandbox's own API stands apart from the Max AI API. Only names that are
 * their own Swagger UI element id (no space or punctuation) can be styled.
 */
export function sandboxOnlyTags(document: OpenApiDocument): string[] {
  const tagsUnder = (prefix: string) =>
    new Set(
      Object.entries(document.paths ?? {})
        .filter(([path]) => path.startsWith(prefix))
        .flatMap(([, item]) => Object.values(item ?? {}).flatMap((operation) => (operation as { tags?: string[] }).tags ?? [])),
    );
  const v3Tags = tagsUnder('/v3/');
  return [...tagsUnder('/_sandbox/')].filter((tag) => !v3Tags.has(tag) && /^[A-Za-z][\w-]*$/.test(tag));
}

const sandboxSectionStyle = (tags: string[]) =>
  tags
    .map(
      (tag) =>
        `.swagger-ui .opblock-tag-section:has(> #operations-tag-${tag}) { margin-top: 56px; padding-top: 16px; border-top: 4px solid #1b1f24; }`,
    )
    .join('\n');

const STYLE = `
body { margin: 0; }
.page-width { max-width: 1460px; margin: 0 auto; padding: 0 20px; box-sizing: border-box; }
.sandbox-bar { background: #1b1f24; color: #fff; font-family: system-ui, sans-serif; }
.sandbox-bar .page-width { display: flex; align-items: baseline; gap: 1.5rem; padding-top: 0.75rem; padding-bottom: 0.75rem; }
.sandbox-bar a { color: #fff; text-decoration: none; }
.sandbox-bar .home { font-size: 1.25rem; font-weight: 700; }
.sandbox-bar nav { margin-left: auto; display: flex; gap: 1.25rem; }
.sandbox-bar nav a { color: #c9d1d9; }
.sandbox-bar nav a:hover { color: #fff; text-decoration: underline; }
.try-it-note { font-family: system-ui, sans-serif; font-size: 14px; color: #3b4151; }
.try-it-note p { margin: 1rem 0 0; padding: 0.75rem 1rem; background: #eef6ff; border-left: 4px solid #4990e2; }
.try-it-note code { font-size: 13px; overflow-wrap: anywhere; }
.try-it-note .try-it-fallback { background: #fff4e0; border-left-color: #d97706; }
.sandbox-bar .page-width { flex-wrap: wrap; }
/* Header names (X-RateLimit-Remaining) stay whole rather than break at every hyphen. */
.swagger-ui .headers-wrapper td.header-col:first-child { white-space: nowrap; }
/* The document declares no links: the column only said "No links" under every response. */
.swagger-ui .responses-table .response-col_links { display: none; }
@media (max-width: 700px) {
  .page-width { padding: 0 12px; }
  .swagger-ui .wrapper { padding: 0 12px; }
  /* On a phone a response's headers are a list (name, then what it means), not three squeezed columns. */
  .swagger-ui .headers-wrapper table.headers, .swagger-ui .headers-wrapper tbody,
  .swagger-ui .headers-wrapper tr, .swagger-ui .headers-wrapper td { display: block; }
  .swagger-ui .headers-wrapper thead { display: none; }
  .swagger-ui .headers-wrapper td.header-col { padding: 0; border: none; }
  .swagger-ui .headers-wrapper td.header-col:first-child { font-weight: 600; }
  .swagger-ui .headers-wrapper tr { padding: 6px 0; border-bottom: 1px solid #e5e7eb; }
  .swagger-ui .responses-table td.response-col_status { width: 3em; padding-right: 8px; }
  .swagger-ui .responses-table { table-layout: fixed; width: 100%; }
}
`;

/** The try-it note above the reference: what is pre-filled, so nobody wonders whose key it is. */
function tryItNote(sandbox: Sandbox, defaults: TryItDefaults | null): string {
  const filled =
    defaults === null
      ? sandbox.config.adminToken === null
        ? 'No active data key of this sandbox can reach a clinic, so nothing is pre-filled: Authorize with a key and a clinic first.'
        : "None of the world's published well-known data keys is active at a clinic, so nothing is pre-filled (with an admin token set, this open page offers no other key): Authorize with a key and a clinic first."
      : `Try it out sends each request to this sandbox, already authorized with the key <code>${escapeHtml(defaults.keyId)}</code> at <strong>${escapeHtml(defaults.organizationName)}</strong> (<code>${escapeHtml(defaults.organizationId)}</code>). Authorize changes them.`;
  const admin =
    sandbox.config.adminToken === null ? '' : ' This sandbox has an admin token: Authorize with it for the Sandbox operations.';
  return `${filled}${admin}`;
}

/**
 * The warning shown when try-it is not pre-filled with a key of every scope: which every-scope key
 * stopped working, which key try-it fell back to, what it lacks, and how to get the full key back.
 */
function fallbackNotice(defaults: TryItDefaults | null, fallback: TryItFallback | null): string {
  if (fallback === null) return '';
  const code = (text: string) => `<code>${escapeHtml(text)}</code>`;
  const full = fallback.fullAccessKey;
  const why =
    full === null
      ? 'No key of this environment has every scope at a clinic, so '
      : `${code(full.id)} ${full.status === 'active' ? 'is not offered here' : `is ${escapeHtml(full.status.replaceAll('_', ' '))}`}, so `;
  const instead =
    defaults === null
      ? 'nothing is pre-filled.'
      : `Try it out uses ${code(defaults.keyId)} instead, which lacks ${fallback.missingScopes.map(code).join(', ')} at ${escapeHtml(defaults.organizationName)}: operations that need them answer 403.`;
  return `<p class="try-it-fallback" role="status"><strong>Not the full-access key.</strong> ${why}${instead} Reset the world (<code>POST /_sandbox/reset</code>, or Reset world in the console) and reload, or Authorize with another key.</p>`;
}

/** `/docs`: Swagger UI over the served document, with try-it pre-filled for this sandbox's world. */
export function docsPage(sandbox: Sandbox): string {
  const defaults = tryItDefaults(sandbox);
  const fallback = tryItFallback(sandbox, defaults);
  const config = { documentUrl: 'openapi.json', authorizations: tryItAuthorizations(sandbox.spec, defaults) };
  // Relative URLs: from /docs they resolve to the sandbox's root, also behind a proxy's path prefix.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(sandbox.spec.info.title)}: API reference</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="docs/assets/swagger-ui.css">
<style>${STYLE}${sandboxSectionStyle(sandboxOnlyTags(sandbox.spec))}</style>
</head>
<body>
<header class="sandbox-bar">
<div class="page-width">
<a class="home" href="./">max-sandbox</a>
<span>API reference</span>
<nav><a href="openapi.json">openapi.json</a></nav>
</div>
</header>
<section class="try-it-note page-width">${fallbackNotice(defaults, fallback)}<p>${tryItNote(sandbox, defaults)}</p></section>
<div id="swagger-ui"></div>
<script id="docs-config" type="application/json">${jsonForScript(config)}</script>
<script src="docs/assets/swagger-ui-bundle.js"></script>
<script src="docs/assets/docs.js"></script>
</body>
</html>
`;
}
