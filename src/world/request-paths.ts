/** `http://host/v3/patients?page=2` -> `/v3/patients?page=2`: the request target. */
export function requestTarget(url: string): string {
  const pathStart = url.indexOf('/', url.indexOf('//') + 2);
  return pathStart === -1 ? '/' : url.slice(pathStart);
}

/** `/v3/patients?page=2` -> `/v3/patients` and `page=2`. */
export function splitTarget(target: string): { path: string; query: string } {
  const queryStart = target.indexOf('?');
  return queryStart === -1
    ? { path: target, query: '' }
    : { path: target.slice(0, queryStart), query: target.slice(queryStart + 1) };
}

/** A path pattern of the admin API: exact, or a prefix ending in `*` (`/v3/patients*`). */
export function pathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}
