import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OpenAPIV3_1 } from 'openapi-types';

/** The OpenAPI document shipped with the package: the single source of truth for `/v3`. */
const DEFAULT_SPEC_FILE = fileURLToPath(new URL('../../openapi/openapi.json', import.meta.url));

export type OpenApiDocument = OpenAPIV3_1.Document;

export function loadSpec(file: string = DEFAULT_SPEC_FILE): OpenApiDocument {
  const document = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  if (!document.openapi?.startsWith('3.1')) {
    throw new Error(`${file}: openapi: max-sandbox serves OpenAPI 3.1 documents, not '${document.openapi}'`);
  }
  return document;
}
