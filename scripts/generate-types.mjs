#!/usr/bin/env node
// Writes src/contract/openapi.generated.ts from openapi/openapi.json with openapi-typescript:
// the TypeScript types of every record, operation and /_sandbox body, so that the code and the
// document cannot drift apart. test/contract/generated-types.test.ts fails when the file is stale.
//
// Usage: npm run generate   (after any change to openapi/openapi.json)

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const DOCUMENT = fileURLToPath(new URL('../openapi/openapi.json', import.meta.url));
export const GENERATED = fileURLToPath(new URL('../src/contract/openapi.generated.ts', import.meta.url));

const HEADER = `/**
 * Generated from openapi/openapi.json by openapi-typescript (npm run generate). Do not edit:
 * change the document and generate again; a test fails when this file is stale.
 */

`;

/** The generated module's text, as it should be on disk. */
export async function renderTypes() {
  const document = JSON.parse(readFileSync(DOCUMENT, 'utf8'));
  const ast = await openapiTS(document, { alphabetize: false, exportType: false });
  return HEADER + astToString(ast);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(GENERATED, await renderTypes());
  console.log(`wrote ${GENERATED}`);
}
