import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORLD_FIXTURE_SCHEMA } from '../../src/world/fixture-schema.js';

const DOCUMENT = JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'));
type Schema = Record<string, any>;

/** A pattern with no `+`, `*` or `{n,}` matches strings of a bounded length only. */
const boundedPattern = (pattern: unknown) => typeof pattern === 'string' && !/[+*]|\{\d+,\}/.test(pattern.replace(/\\./g, ''));
/** Formats whose every valid string has a fixed length. */
const BOUNDED_FORMATS = new Set(['uuid', 'date']);

/** Every string and list below `schema` (through `$ref`s) that a client could make as long as it likes. */
function unbounded(schema: Schema, at: string, seen = new Set<string>()): string[] {
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return [];
    seen.add(schema.$ref);
    const target = schema.$ref.replace('#/components/schemas/', '');
    return unbounded(DOCUMENT.components.schemas[target], schema.$ref, seen);
  }
  const found: string[] = [];
  for (const keyword of ['oneOf', 'anyOf', 'allOf']) {
    (schema[keyword] ?? []).forEach((s: Schema, i: number) => {
      found.push(...unbounded(s, `${at}/${keyword}/${i}`, seen));
    });
  }
  const types = [schema.type ?? []].flat();
  const bounded =
    schema.maxLength !== undefined ||
    schema.enum !== undefined ||
    schema.const !== undefined ||
    boundedPattern(schema.pattern) ||
    BOUNDED_FORMATS.has(schema.format);
  if (types.includes('string') && !bounded) found.push(at);
  if (types.includes('array')) {
    if (schema.maxItems === undefined) found.push(at);
    if (schema.items) found.push(...unbounded(schema.items, `${at}/items`, seen));
  }
  for (const [name, property] of Object.entries<Schema>(schema.properties ?? {}))
    found.push(...unbounded(property, `${at}/properties/${name}`, seen));
  return found;
}

/** The schemas of every request body, the record write shapes that `SandboxRecordFields` stands for included. */
function requestBodySchemas(): [string, Schema][] {
  const bodies: [string, Schema][] = [];
  for (const [path, item] of Object.entries<Schema>(DOCUMENT.paths)) {
    for (const [method, operation] of Object.entries<Schema>(item)) {
      const schema = operation?.requestBody?.content?.['application/json']?.schema;
      if (schema) bodies.push([`${method.toUpperCase()} ${path}`, schema]);
    }
  }
  for (const name of Object.keys(DOCUMENT.components.schemas).filter((n) => /^Sandbox\w+Fields$/.test(n)))
    bodies.push([name, { $ref: `#/components/schemas/${name}` }]);
  return bodies;
}

describe('every string and list a client can write has a limit', () => {
  it('finds the request bodies and record write shapes', () => {
    const names = requestBodySchemas().map(([name]) => name);
    expect(names).toContain('POST /v3/emails/send');
    expect(names).toContain('SandboxProviderFields');
    expect(names).toContain('SandboxNoteFields');
  });

  it.each(requestBodySchemas())('%s', (_name, schema) => {
    expect(unbounded(schema, '#')).toEqual([]);
  });

  it('world.json', () => {
    expect(unbounded(WORLD_FIXTURE_SCHEMA as Schema, '#')).toEqual([]);
  });

  it('the check itself finds an unbounded string, list and pattern', () => {
    expect(
      unbounded(
        {
          type: 'object',
          properties: { a: { type: 'string' }, b: { type: 'array', items: { type: 'string', pattern: '^[0-9]+$' } } },
        },
        '#',
      ),
    ).toEqual(['#/properties/a', '#/properties/b', '#/properties/b/items']);
  });
});
