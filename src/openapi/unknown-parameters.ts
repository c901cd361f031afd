import type { Operation } from './operations.js';
import type { RawQuery } from './param-validator.js';

/**
 * Finds the query parameters of a request that its operation does not define (a typo such as
 * `pagesize`, a PHP-style `statuses[]`), in the order sent: `undefined` when there are none.
 * They are ignored, as most APIs do; the sandbox names them so that they are not silent.
 */
export function createUnknownParameterFinder(operation: Operation): (query: RawQuery) => string[] | undefined {
  const known = new Set(operation.parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name));
  return (query) => {
    let unknown: string[] | undefined;
    for (const name of Object.keys(query)) if (!known.has(name)) (unknown ??= []).push(name);
    return unknown;
  };
}
