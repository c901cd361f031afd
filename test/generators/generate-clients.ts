import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@hey-api/openapi-ts';
import openapiTS, { astToString } from 'openapi-typescript';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCUMENT = join(ROOT, 'openapi/openapi.json');

export interface GeneratedClients {
  /** The temporary directory; `remove()` deletes it. */
  dir: string;
  /** @hey-api/openapi-ts output: `sdk.gen.ts`, `zod.gen.ts`, `client.gen.ts`, ... */
  heyApiDir: string;
  /** openapi-typescript output (the `paths` type openapi-fetch is typed with). */
  openapiTypescriptFile: string;
  remove(): void;
}

/**
 * Generates both clients from openapi/openapi.json as a new user would, with each tool's defaults
 * plus hey-api's zod plugin, into a fresh temporary directory. The document is handed over parsed:
 * hey-api reads a bare relative path as a Hey API registry name (a network fetch), and nothing
 * here may leave the machine.
 */
export async function generateClients(): Promise<GeneratedClients> {
  const dir = mkdtempSync(join(tmpdir(), 'max-sandbox-generated-'));
  // The generated modules import `zod`; resolve it from this project.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const document = JSON.parse(readFileSync(DOCUMENT, 'utf8'));
  const heyApiDir = join(dir, 'hey-api');
  await createClient({
    input: structuredClone(document),
    output: { path: heyApiDir },
    logs: { level: 'silent', file: false },
    plugins: [
      '@hey-api/client-fetch',
      '@hey-api/typescript',
      // The SDK validates every 2xx body with the zod schemas, as `validator: true` does; requests
      // are not validated, so the suite can send the bad ones that earn a 400.
      { name: '@hey-api/sdk', validator: { request: false, response: 'zod' } },
      'zod',
    ],
  });
  const openapiTypescriptDir = join(dir, 'openapi-typescript');
  mkdirSync(openapiTypescriptDir);
  const openapiTypescriptFile = join(openapiTypescriptDir, 'schema.ts');
  writeFileSync(openapiTypescriptFile, astToString(await openapiTS(structuredClone(document))));
  return { dir, heyApiDir, openapiTypescriptFile, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
