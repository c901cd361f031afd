import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED, renderTypes } from '../../scripts/generate-types.mjs';
import { DEFAULTED_PARAMETERS } from '../../src/contract/schemas.js';
import { loadSpec } from '../../src/openapi/load-spec.js';

describe('the types generated from the document', () => {
  it('are up to date: run `npm run generate` after changing openapi/openapi.json', async () => {
    const onDisk = readFileSync(GENERATED, 'utf8');
    expect(onDisk === (await renderTypes()), 'src/contract/openapi.generated.ts is stale').toBe(true);
  });

  it('name as defaulted exactly the parameters whose schema has a default', () => {
    const spec = loadSpec() as any;
    const defaulted = new Set<string>();
    const visit = (parameter: any) => {
      const resolved = parameter.$ref ? spec.components.parameters[parameter.$ref.split('/').pop()] : parameter;
      if (resolved.schema && 'default' in resolved.schema) defaulted.add(resolved.name);
    };
    for (const item of Object.values<any>(spec.paths)) {
      for (const operation of Object.values<any>(item)) for (const parameter of operation.parameters ?? []) visit(parameter);
    }
    expect([...defaulted].sort()).toEqual([...DEFAULTED_PARAMETERS].sort());
  });

  it('split operations by their ids: every /_sandbox operation starts with "sandbox", no /v3 one does', () => {
    const spec = loadSpec();
    for (const [path, item] of Object.entries(spec.paths!)) {
      for (const operation of Object.values(item as Record<string, { operationId?: string }>)) {
        if (typeof operation !== 'object' || !operation?.operationId) continue;
        expect(operation.operationId.startsWith('sandbox'), `${path} ${operation.operationId}`).toBe(
          path.startsWith('/_sandbox/'),
        );
      }
    }
  });
});
