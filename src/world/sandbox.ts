import { resolveConfig, type SandboxConfig } from '../contract/config.js';
import { loadSpec, type OpenApiDocument } from '../spec/load-spec.js';
import { type Operation, readAdminOperations, readOperations } from '../spec/operations.js';
import { Clock } from './clock.js';
import { FaultSet } from './faults.js';
import type { WorldFixture } from './fixture-types.js';
import { Journal } from './journal.js';
import { loadFixtures } from './load-fixtures.js';
import { Outbox } from './outbox.js';
import { RateLimiter } from './rate-limiter.js';
import { ResponseCache } from './response-cache.js';
import { World } from './world.js';

/** Memory for cached GET bodies: a few hundred pages, small beside the 100 MB budget. */
const RESPONSE_CACHE_BYTES = 4 * 1024 * 1024;

/** Everything a running sandbox holds: the document, the world and the services around it. */
export interface Sandbox {
  readonly config: SandboxConfig;
  readonly spec: OpenApiDocument;
  /** The `/v3` operations of the document. */
  readonly operations: readonly Operation[];
  /** The `/_sandbox` operations of the document. */
  readonly adminOperations: readonly Operation[];
  readonly clock: Clock;
  readonly world: World;
  readonly limiter: RateLimiter;
  readonly outbox: Outbox;
  /** Bodies of GET responses already served; records never change, so they can be served again. */
  readonly responseCache: ResponseCache;
  readonly faults: FaultSet;
  readonly journal: Journal;
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
  const loaded = options.fixture ?? loadFixtures(config.fixturesDir ?? undefined);
  const fixture = config.seed === null ? loaded : { ...loaded, seed: config.seed };
  const clock = options.clock ?? new Clock();
  const world = new World(fixture, clock);
  const limiter = new RateLimiter(config.rateLimit, clock);
  const outbox = new Outbox(fixture.seed);
  const responseCache = new ResponseCache(RESPONSE_CACHE_BYTES);
  const faults = new FaultSet();
  const journal = new Journal(config.journalSize);
  return {
    config,
    spec,
    operations: readOperations(spec),
    adminOperations: readAdminOperations(spec),
    clock,
    world,
    limiter,
    outbox,
    responseCache,
    faults,
    journal,
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
