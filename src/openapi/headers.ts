import { resolvePointer } from './deref.js';
import type { OpenApiDocument } from './load-spec.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * The request headers a client of the document sends beyond the safelisted ones: the headers its
 * security schemes name (`Authorization` for an `http` scheme) and `Content-Type` for JSON bodies.
 * Operations take no header parameters (readOperations refuses them), so this is all of them.
 */
export function requestHeaderNames(document: OpenApiDocument): string[] {
  const names = new Set(['Content-Type']);
  for (const scheme of Object.values(document.components?.securitySchemes ?? {})) {
    if ('$ref' in scheme) continue;
    if (scheme.type === 'http') names.add('Authorization');
    if (scheme.type === 'apiKey' && scheme.in === 'header') names.add(scheme.name);
  }
  return [...names];
}

/** Every response header the document's operations declare (rate limits, `Retry-After`, `X-Sandbox-*`), in document order. */
export function responseHeaderNames(document: OpenApiDocument): string[] {
  const names = new Set<string>();
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of METHODS) {
      for (const response of Object.values(item?.[method]?.responses ?? {})) {
        const resolved = ('$ref' in response ? resolvePointer(document, response.$ref) : response) as { headers?: object };
        for (const name of Object.keys(resolved.headers ?? {})) names.add(name);
      }
    }
  }
  return [...names];
}
