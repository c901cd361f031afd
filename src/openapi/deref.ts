/**
 * Replaces every local `$ref` (`#/...`) by a copy of its target, keeping sibling keywords, so
 * that a schema can be compiled or read on its own. The document must have no cyclic refs.
 */
export function deref<T>(node: T, document: unknown, seen: readonly string[] = []): T {
  if (Array.isArray(node)) return node.map((item) => deref(item, document, seen)) as T;
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  const { $ref, ...rest } = record;
  const out: Record<string, unknown> = {};
  if (typeof $ref === 'string') {
    if (seen.includes($ref)) throw new Error(`cyclic $ref ${$ref}`);
    Object.assign(out, deref(resolvePointer(document, $ref), document, [...seen, $ref]));
  }
  for (const [key, value] of Object.entries(rest)) out[key] = deref(value, document, seen);
  return out as T;
}

export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, not '${ref}'`);
  let target: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (target === null || typeof target !== 'object' || !(part in target)) {
      throw new Error(`$ref '${ref}' points at nothing`);
    }
    target = (target as Record<string, unknown>)[part];
  }
  return target;
}
