import { resolveConfig, type SandboxConfig } from './contract/config.js';
import { loadSpec, type OpenApiDocument } from './spec/load-spec.js';
import { ResponseCache } from './http/response-cache.js';
import { createBodyValidator } from './spec/body-validator.js';
import { deref } from './spec/deref.js';
import type { JsonSchema } from './spec/json-schema.js';
import { readOperations, type Operation } from './spec/operations.js';
import { Clock } from './world/clock.js';
import type { WorldFixture } from './world/fixture-types.js';
import { loadFixtures } from './world/load-fixtures.js';
import { FaultSet } from './world/faults.js';
import { Journal } from './world/journal.js';
import { Outbox } from './world/outbox.js';
import { RateLimiter } from './world/rate-limiter.js';
import { World } from './world/world.js';

/** Memory for cached GET bodies: a few hundred pages, small beside the 100 MB budget. */
const RESPONSE_CACHE_BYTES = 4 * 1024 * 1024;

/** Everything a running sandbox holds: the document, the world and the services around it. */
export interface Sandbox {
  readonly config: SandboxConfig;
  readonly spec: OpenApiDocument;
  readonly operations: readonly Operation[];
  readonly clock: Clock;
  readonly world: World;
  readonly limiter: RateLimiter;
  readonly outbox: Outbox;
  /** Bodies of GET responses already served; records never change, so they can be served again. */
  readonly responseCache: ResponseCache;
  readonly faults: FaultSet;
  readonly journal: Journal;
  /** Validates a request body against its operation's schema (400 naming the field). */
  validateBody(operationId: string, body: unknown): void;
  /** Validates an admin body against `components.schemas[schemaName]` of the document. */
  validateAdminBody<T>(schemaName: string, body: unknown): T;
  /** Back to the seeded world. */
  reset(): void;
}

export interface SandboxOptions {
  config?: Partial<SandboxConfig>;
  /** An already loaded world; otherwise read from `config.fixturesDir` or the built-in fixtures. */
  fixture?: WorldFixture;
  spec?: OpenApiDocument;
  clock?: Clock;
}

/** Builds a sandbox from settings. Reads files only when no fixture or document is given. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const config = resolveConfig(options.config);
  const spec = options.spec ?? loadSpec();
  const operations = readOperations(spec);
  const loaded = options.fixture ?? loadFixtures(config.fixturesDir ?? undefined);
  const fixture = config.seed === null ? loaded : { ...loaded, seed: config.seed };
  const clock = options.clock ?? new Clock();
  const world = new World(fixture, clock);
  const limiter = new RateLimiter(config.rateLimit, clock);
  const outbox = new Outbox(fixture.seed);
  const responseCache = new ResponseCache(RESPONSE_CACHE_BYTES);
  const faults = new FaultSet();
  const journal = new Journal(config.journalSize);
  const bodyValidators = new Map<string, (body: unknown) => void>();
  /** Compiles a body schema of the document on first use, once. */
  const validate = (cacheKey: string, schemaOf: () => JsonSchema | undefined, body: unknown): void => {
    let validator = bodyValidators.get(cacheKey);
    if (!validator) {
      const schema = schemaOf();
      if (!schema) throw new Error(`the document has no body schema for ${cacheKey}`);
      validator = createBodyValidator(schema);
      bodyValidators.set(cacheKey, validator);
    }
    validator(body);
  };

  return {
    config,
    spec,
    operations,
    clock,
    world,
    limiter,
    outbox,
    responseCache,
    faults,
    journal,
    validateBody(operationId, body) {
      validate(`operation ${operationId}`, () => operations.find((op) => op.operationId === operationId)?.bodySchema ?? undefined, body);
    },
    validateAdminBody<T>(schemaName: string, body: unknown): T {
      validate(`schema ${schemaName}`, () => {
        const schema = spec.components?.schemas?.[schemaName];
        return schema === undefined ? undefined : (deref(schema, spec) as JsonSchema);
      }, body);
      return body as T;
    },
    reset() {
      world.reset();
      clock.reset();
      limiter.reset();
      outbox.reset();
      responseCache.clear();
      faults.reset();
      journal.clear();
    },
  };
}
