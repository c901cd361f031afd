import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isUtcTimestampSpace, UTC_TIMESTAMP_SPACE_FORMAT } from '../../src/contract/timestamps.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/**
 * An Ajv for OpenAPI 3.1 schemas (JSON Schema 2020-12) with the standard formats. Not strict:
 * OpenAPI adds keywords (`example`, `discriminator`) that plain JSON Schema does not know.
 */
export function createAjv(options: { allErrors?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: options.allErrors ?? false, validateFormats: true, verbose: true });
  addFormats(ajv);
  // The document's own format (a note's `visitDate`), checked as the sandbox checks it.
  ajv.addFormat(UTC_TIMESTAMP_SPACE_FORMAT, isUtcTimestampSpace);
  return ajv;
}

export type { ErrorObject, ValidateFunction } from 'ajv';
