import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIV3_1 } from 'openapi-types';
import ts from 'typescript';

/** `['Note', 'patient', 'dateOfBirth']`: a component schema and the property path to a nullable field. */
export function nullableFields(spec: OpenAPIV3_1.Document): string[][] {
  const found: string[][] = [];
  const visit = (schema: any, path: string[]) => {
    for (const [name, property] of Object.entries<any>(schema?.properties ?? {})) {
      const types = ([] as unknown[]).concat(property.type ?? []);
      const alternatives: any[] = property.oneOf ?? property.anyOf ?? [];
      const nullable =
        types.includes('null') ||
        (Array.isArray(property.enum) && property.enum.includes(null)) ||
        alternatives.some((alternative) => alternative?.type === 'null');
      if (nullable) found.push([...path, name]);
      if (property.properties) visit(property, [...path, name]);
    }
  };
  for (const [name, schema] of Object.entries<any>(spec.components?.schemas ?? {})) visit(schema, [name]);
  return found;
}

/** `NonNullable<NonNullable<Root>['patient']>['dateOfBirth']`: optional steps do not hide the field's own null. */
const access = (root: string, steps: string[]) =>
  steps.reduce((type, step) => `NonNullable<${type}>[${JSON.stringify(step)}]`, root);

/**
 * Compiles, strict, a module that uses both generated clients as an app would and asserts at the
 * type level that every nullable field of the document is nullable in both generators' types.
 * Returns TypeScript's diagnostics, one line each; none when all holds.
 */
export function typecheckGenerated(dir: string, spec: OpenAPIV3_1.Document): string[] {
  const fields = nullableFields(spec);
  const lines = [
    "import createClient from 'openapi-fetch';",
    "import type { components, paths } from './openapi-typescript/schema';",
    "import * as heyApi from './hey-api/types.gen';",
    "import { getPatient } from './hey-api/sdk.gen';",
    'type HasNull<T> = null extends T ? true : false;',
    "const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:1', querySerializer: { array: { style: 'form', explode: false } } });",
    'export async function usage(id: string) {',
    "  const fromFetch = await client.GET('/v3/patients/{id}', { params: { path: { id } } });",
    '  const fromSdk = await getPatient({ path: { id: id as heyApi.PatientId } });',
    '  const genders: Array<string | null | undefined> = [fromFetch.data?.data.gender, fromSdk.data?.data.gender];',
    '  return genders;',
    '}',
    ...fields.flatMap(([schema, ...steps], index) => [
      `export const openapiTypescript${index}: HasNull<${access(`components['schemas'][${JSON.stringify(schema)}]`, steps)}> = true; // ${[schema, ...steps].join('.')}`,
      `export const heyApi${index}: HasNull<${access(`heyApi.${schema}`, steps)}> = true; // ${[schema, ...steps].join('.')}`,
    ]),
  ];
  const file = join(dir, 'usage.ts');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${diagnostic.file.fileName.slice(dir.length + 1)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
      : '';
    const line =
      diagnostic.file?.text.split('\n')[diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line] ?? '';
    const comment = line.includes('//') ? ` (${line.split('//').pop()!.trim()})` : '';
    return `${where}${comment}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
  });
}
