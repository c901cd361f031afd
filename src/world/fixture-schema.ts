import { UUID_PATTERN, ulidIdPattern } from '../contract/ids.js';
import { RECORD_RESOURCES } from '../records/kinds.js';

/**
 * JSON Schema of `fixtures/world.json`; `load-fixtures.ts` checks the cross-references it cannot.
 * Every string and list is bounded, with the limits of the document's request bodies where the
 * same thing is written there (a clinic's name and seed 200, a key's description 500).
 */
const TIMESTAMP = { type: 'string', format: 'date-time', maxLength: 64 } as const;
const SCOPES = {
  type: 'array',
  items: { type: 'string', minLength: 1, maxLength: 100 },
  maxItems: 20,
  uniqueItems: true,
} as const;
/** Fixture clinics, apps, installations and keys: each list of the file. */
const MAX_FIXTURE_ITEMS = 1000;

const recordCounts = (required: boolean) => ({
  type: 'object',
  additionalProperties: false,
  ...(required ? { required: ['patients', 'providers', 'facilities', 'staffUsers', 'appointmentsPerPatient'] } : {}),
  properties: {
    patients: { type: 'integer', minimum: 1, maximum: 20000 },
    providers: { type: 'integer', minimum: 1, maximum: 500 },
    facilities: { type: 'integer', minimum: 1, maximum: 100 },
    staffUsers: { type: 'integer', minimum: 0, maximum: 500 },
    appointmentsPerPatient: { type: 'number', minimum: 0, maximum: 50 },
  },
});

export const WORLD_FIXTURE_SCHEMA = {
  type: 'object',
  required: ['seed', 'referenceDate', 'recordCounts', 'organizations', 'apps', 'installations', 'keys'],
  additionalProperties: false,
  properties: {
    $comment: { type: 'string', maxLength: 10000 },
    seed: { type: 'string', minLength: 1, maxLength: 200 },
    referenceDate: TIMESTAMP,
    recordCounts: recordCounts(true),
    organizations: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_FIXTURE_ITEMS,
      items: {
        type: 'object',
        required: ['id', 'name'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: UUID_PATTERN },
          name: { type: 'string', minLength: 1, maxLength: 200 },
          description: { type: 'string', maxLength: 500 },
          seed: { type: 'string', minLength: 1, maxLength: 200 },
          recordCounts: recordCounts(false),
          // Each record's fields are checked against the document's write shape when the sandbox starts.
          records: {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(
              RECORD_RESOURCES.map((resource) => [resource, { type: 'array', maxItems: 10000, items: { type: 'object' } }]),
            ),
          },
        },
      },
    },
    apps: {
      type: 'array',
      maxItems: MAX_FIXTURE_ITEMS,
      items: {
        type: 'object',
        required: ['id', 'slug', 'name', 'liveVersionId'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: ulidIdPattern('app_') },
          slug: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 100 },
          name: { type: 'string', minLength: 1, maxLength: 200 },
          liveVersionId: { type: ['string', 'null'], pattern: ulidIdPattern('ver_') },
          redirectUris: {
            type: 'array',
            maxItems: 50,
            uniqueItems: true,
            items: { type: 'string', pattern: '^https?://[^#]+$', maxLength: 2048 },
          },
        },
      },
    },
    installations: {
      type: 'array',
      maxItems: MAX_FIXTURE_ITEMS,
      items: {
        type: 'object',
        required: ['appId', 'organizationId', 'grantedScopes'],
        additionalProperties: false,
        properties: {
          appId: { type: 'string', maxLength: 100 },
          organizationId: { type: 'string', maxLength: 100 },
          grantedScopes: SCOPES,
        },
      },
    },
    keys: {
      type: 'array',
      maxItems: MAX_FIXTURE_ITEMS,
      items: {
        type: 'object',
        required: ['id', 'key', 'type', 'environment', 'appId', 'scopes'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^key_[A-Za-z0-9_]{1,64}$' },
          key: { type: 'string', minLength: 1, maxLength: 100 },
          type: { enum: ['data', 'account'] },
          environment: { enum: ['production', 'staging'] },
          appId: { type: ['string', 'null'], maxLength: 100 },
          scopes: SCOPES,
          description: { type: 'string', maxLength: 500 },
          revokedAt: TIMESTAMP,
          expiresAt: TIMESTAMP,
          notBefore: TIMESTAMP,
        },
      },
    },
  },
} as const;
