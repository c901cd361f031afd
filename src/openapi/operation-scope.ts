import type { OpenApiDocument } from './load-spec.js';

/**
 * The document with the `/v3` operation `operationId` requiring `scope` instead of the scope it
 * names: how a setting that switches an undocumented scope (`--task-create-scope`) reaches the
 * server, which reads every operation's scope from the document, and `/openapi.json`, which then
 * says what this sandbox asks for. The document given is not changed; the same one is returned
 * when the operation already names `scope` or is not in it.
 */
export function withOperationScope(document: OpenApiDocument, operationId: string, scope: string): OpenApiDocument {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item ?? {})) {
      const found = operation as { operationId?: unknown; security?: Record<string, string[]>[] };
      if (found?.operationId !== operationId) continue;
      const security = found.security ?? [];
      if (security.every((requirement) => requirement.bearerAuth?.[0] === scope)) return document;
      const changed = {
        ...found,
        security: security.map((requirement) => ({ ...requirement, bearerAuth: [scope] })),
      };
      return { ...document, paths: { ...document.paths, [path]: { ...item, [method]: changed } } };
    }
  }
  // A document without the operation (a test's trimmed one) has nothing to switch.
  return document;
}
