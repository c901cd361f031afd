import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/openapi/load-spec.js';

/**
 * One spelling of "or null" throughout the document, the one client generators keep: an inline
 * schema lists `null` in `type` (and in `enum`, when it has one); only a reference may be made
 * nullable with a two-way `oneOf`/`anyOf` of the reference and `{ "type": "null" }`.
 * @hey-api/openapi-ts drops the null of an `enum` that has no `type` (`gender` became
 * `z.enum(['Male','Female'])`, and 3% of patients failed validation); test/generators/ checks
 * the generated clients themselves.
 */
function misspelledNullables(node: unknown, path: string, found: string[]): string[] {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) misspelledNullables(item, `${path}/${index}`, found);
    return found;
  }
  if (node === null || typeof node !== 'object') return found;
  const schema = node as Record<string, unknown>;
  const types = ([] as unknown[]).concat(schema.type ?? []);
  const enumValues = Array.isArray(schema.enum) ? (schema.enum as unknown[]) : undefined;
  if (enumValues?.includes(null) && !types.includes('null')) found.push(`${path}: enum has null, type does not`);
  if (enumValues && types.includes('null') && !enumValues.includes(null)) found.push(`${path}: type has null, enum does not`);
  if ('const' in schema && schema.const === null) found.push(`${path}: const null`);
  if ('nullable' in schema) found.push(`${path}: nullable is OpenAPI 3.0; write type [..., "null"]`);
  for (const keyword of ['oneOf', 'anyOf']) {
    const alternatives = schema[keyword];
    if (!Array.isArray(alternatives)) continue;
    const nulls = alternatives.filter((alternative) => alternative?.type === 'null');
    if (nulls.length === 0) continue;
    const others = alternatives.filter((alternative) => alternative?.type !== 'null');
    const referenceOrNull = nulls.length === 1 && others.length === 1 && typeof others[0]?.$ref === 'string';
    if (!referenceOrNull) found.push(`${path}: ${keyword} with null; write type [..., "null"] on the schema`);
  }
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'example' || key === 'examples' || key === 'default') continue;
    misspelledNullables(value, `${path}/${key}`, found);
  }
  return found;
}

describe('nullable fields in the OpenAPI document', () => {
  it('are written as type [..., "null"] (enum listing null too), or oneOf [$ref, {type: null}]', () => {
    expect(misspelledNullables(loadSpec(), '#', [])).toEqual([]);
  });

  it('the check finds each form a generator may drop', () => {
    const found = misspelledNullables(
      {
        gender: { enum: ['Male', 'Female', null] },
        status: { type: ['string', 'null'], enum: ['a', 'b'] },
        amount: { oneOf: [{ type: 'string' }, { type: 'null' }] },
        none: { const: null },
        old: { type: 'string', nullable: true },
        good: { type: ['string', 'null'], enum: ['Male', 'Female', null] },
        goodReference: { oneOf: [{ $ref: '#/components/schemas/ProviderId' }, { type: 'null' }] },
      },
      '#',
      [],
    );
    expect(found.map((line) => line.split(':')[0])).toEqual(['#/gender', '#/status', '#/amount', '#/none', '#/old']);
  });
});
