import { prefixedIdPattern, UUID_PATTERN } from '../contract/ids.js';
import { RECORD_RESOURCES } from '../records/kinds.js';

/** JSON Schema of `fixtures/world.json`; `load-fixtures.ts` checks the cross-references it cannot. */
const TIMESTAMP = { type: 'string', format: 'date-time' } as const;
const SCOPES = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } as const;

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
    $comment: { type: 'string' },
    seed: { type: 'string', minLength: 1 },
    referenceDate: TIMESTAMP,
    recordCounts: recordCounts(true),
    organizations: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'name'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: UUID_PATTERN },
          name: { type: 'string', minLength: 1 },
          description: { type: 'string' },
          seed: { type: 'string', minLength: 1 },
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
      items: {
        type: 'object',
        required: ['id', 'slug', 'name', 'liveVersionId'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: prefixedIdPattern('app_') },
          slug: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
          name: { type: 'string', minLength: 1 },
          liveVersionId: { type: ['string', 'null'], pattern: prefixedIdPattern('ver_') },
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
      items: {
        type: 'object',
        required: ['appId', 'organizationId', 'grantedScopes'],
        additionalProperties: false,
        properties: {
          appId: { type: 'string' },
          organizationId: { type: 'string' },
          grantedScopes: SCOPES,
        },
      },
    },
    keys: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'key', 'type', 'environment', 'appId', 'scopes'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^key_[A-Za-z0-9_]{1,64}$' },
          key: { type: 'string', minLength: 1 },
          type: { enum: ['data', 'account'] },
          environment: { enum: ['production', 'staging'] },
          appId: { type: ['string', 'null'] },
          scopes: SCOPES,
          description: { type: 'string' },
          revokedAt: TIMESTAMP,
          expiresAt: TIMESTAMP,
          notBefore: TIMESTAMP,
        },
      },
    },
  },
} as const;
