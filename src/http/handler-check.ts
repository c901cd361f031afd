import type { Operation } from '../openapi/operations.js';

/** Raised at start-up when the document and the implemented handlers disagree. */
export class RouteMismatchError extends Error {
  override name = 'RouteMismatchError';
}

/** Every operation of the document has a handler, and every handler an operation; throws otherwise. */
export function checkHandlers(
  surface: string,
  operations: readonly Operation[],
  handlers: Readonly<Record<string, unknown>>,
): void {
  const documented = new Set(operations.map((operation) => operation.operationId));
  const missing = [...documented].filter((id) => !handlers[id]);
  const undocumented = Object.keys(handlers).filter((id) => !documented.has(id));
  if (missing.length > 0 || undocumented.length > 0) {
    throw new RouteMismatchError(
      `the OpenAPI document and the ${surface} handlers disagree: ` +
        `${missing.length ? `no handler for ${missing.join(', ')}` : ''}` +
        `${missing.length && undocumented.length ? '; ' : ''}` +
        `${undocumented.length ? `not in the document: ${undocumented.join(', ')}` : ''}`,
    );
  }
}
