/**
 * The API reference page's own script, served as a file (`/docs/assets/docs.js`): the page's
 * Content-Security-Policy allows no inline script. It reads its settings from the page's
 * `#docs-config` JSON, loads the served document and hands it to Swagger UI.
 *
 * The document's `servers` are replaced by the sandbox that served the page: they name the default
 * port and the real Max AI hosts, and a try-it call must reach this sandbox on whatever host and
 * port it runs, never the real API.
 */
export const DOCS_SCRIPT = `'use strict';
(async function renderApiReference() {
  const root = document.getElementById('swagger-ui');
  const config = JSON.parse(document.getElementById('docs-config').textContent);
  let spec;
  try {
    const response = await fetch(config.documentUrl);
    if (!response.ok) throw new Error(config.documentUrl + ' answered ' + response.status);
    spec = await response.json();
  } catch (error) {
    root.textContent = 'Cannot load the OpenAPI document: ' + error.message;
    return;
  }
  spec.servers = [{ url: new URL('.', location.href).href.replace(/\\/$/, ''), description: 'this sandbox' }];
  const ui = SwaggerUIBundle({
    spec,
    dom_id: '#swagger-ui',
    deepLinking: true,
    displayOperationId: true,
    tryItOutEnabled: true,
    defaultModelsExpandDepth: 0,
    // The default sends the document to validator.swagger.io for a badge.
    validatorUrl: null,
    onComplete() {
      for (const [scheme, value] of Object.entries(config.authorizations)) ui.preauthorizeApiKey(scheme, value);
    },
  });
})();
`;
