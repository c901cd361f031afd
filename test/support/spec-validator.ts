import { resolvePointer } from '../../src/spec/deref.js';
import type { OpenApiDocument } from '../../src/spec/load-spec.js';
import { createAjv, type ValidateFunction } from './ajv.js';

const SPEC_ID = 'https://max-sandbox.local/openapi.json';
const compiled = new WeakMap<OpenApiDocument, { ajv: ReturnType<typeof createAjv>; cache: Map<string, ValidateFunction> }>();

/** The schema the document gives for a response: `undefined` when the path is not documented. */
function responseSchemaRef(spec: OpenApiDocument, method: string, path: string, status: number): string | null | undefined {
  for (const [template, item] of Object.entries(spec.paths ?? {})) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (!pattern.test(path)) continue;
    const operation = (item as Record<string, any>)[method.toLowerCase()];
    if (!operation) return undefined;
    let response = operation.responses?.[String(status)] ?? operation.responses?.default;
    if (!response) throw new Error(`${method} ${path}: status ${status} is not documented`);
    if (response.$ref) response = resolvePointer(spec, response.$ref);
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return null;
    if (!schema.$ref) throw new Error(`${method} ${path} ${status}: response schemas are expected to be $refs`);
    return schema.$ref as string;
  }
  return undefined;
}

/**
 * Fails when a JSON body does not match the document: for a documented operation, the schema of
 * its status; for anything else that looks like an error, the Error schema.
 */
export function validateAgainstSpec(spec: OpenApiDocument, method: string, path: string, status: number, body: unknown): void {
  let entry = compiled.get(spec);
  if (!entry) {
    const ajv = createAjv({ allErrors: true });
    ajv.addSchema(spec as object, SPEC_ID);
    entry = { ajv, cache: new Map() };
    compiled.set(spec, entry);
  }
  let ref = responseSchemaRef(spec, method, path, status);
  if (ref === undefined) {
    if (status < 400) return;
    ref = '#/components/schemas/Error';
  }
  if (ref === null) return;
  let validate = entry.cache.get(ref);
  if (!validate) {
    validate = entry.ajv.compile({ $ref: `${SPEC_ID}${ref}` });
    entry.cache.set(ref, validate);
  }
  if (!validate(body)) {
    throw new Error(
      `${method} ${path} -> ${status}: body does not match ${ref}: ${entry.ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`,
    );
  }
}
