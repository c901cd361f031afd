import { RESPONSE_CACHE_BYTES } from '../contract/budgets.js';
import { resolveReferenceDate } from '../contract/reference-date.js';
import { ConfigError } from '../settings/config-error.js';
import { parseConfig } from '../settings/parse-config.js';
import type { SandboxConfig, SandboxSettings } from '../settings/schema.js';
import { loadSpec, type OpenApiDocument } from '../spec/load-spec.js';
import { type Operation, readAdminOperations, readOperations } from '../spec/operations.js';
import { Clock } from './clock.js';
import { FaultSet } from './faults.js';
import type { WorldFixture } from './fixture-types.js';
import { Journal } from './journal.js';
import { loadFixtures } from './load-fixtures.js';
import { Outbox } from './outbox.js';
import { RateLimiter } from './rate-limiter.js';
import { RecordEditor } from './records/editor.js';
import { pinFixtureRecords } from './records/pinned.js';
import { ResponseCache } from './response-cache.js';
import { TargetMemo } from './target-memo.js';
import { World } from './world.js';

/** Everything a running sandbox holds: the document, the world and the services around it. */
export interface Sandbox {
  readonly config: SandboxConfig;
  /** The instant every record's dates are placed around: the fixture's, or `config.referenceDate`'s. */
  readonly referenceDate: string;
  /** The fixture's own reference date, which `config.referenceDate` may have moved. */
  readonly fixtureReferenceDate: string;
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
  /** Validated parameters per request target of each `/v3` operation: they depend on the target alone, so a reset keeps them. */
  readonly paramMemo: TargetMemo;
  readonly faults: FaultSet;
  readonly journal: Journal;
  /** Creates, changes and deletes clinic records (the admin routes and the fixture's pinned records). */
  readonly records: RecordEditor;
  /** Back to the seeded world. */
  reset(): void;
}

export interface SandboxOptions {
  /** Checked by parseConfig: a bad setting throws a ConfigError naming each bad one. */
  config?: SandboxSettings;
  /** An already loaded world; otherwise read from `config.fixturesDir` or the built-in fixtures. */
  fixture?: WorldFixture;
  spec?: OpenApiDocument;
  clock?: Clock;
  /** How many generated records to hold before dropping the least recently used clinic's (see World). */
  heldRecordsBudget?: number;
}

/**
 * The reference date `config.referenceDate` names. `today` is the clock's day when the sandbox is
 * made: a reset, or a clock moved later, leaves the records where they are.
 */
function movedReferenceDate(setting: string, clock: Clock): string {
  try {
    return resolveReferenceDate(setting, () => clock.now());
  } catch (error) {
    // parseConfig read `today` from the wall clock; a clock set far from it can still fall outside the range.
    throw new ConfigError(`config.referenceDate ${(error as Error).message}`);
  }
}

/**
 * Builds a sandbox from settings. Reads files only when no fixture or document is given. Throws a
 * ConfigError naming every bad setting before anything is read.
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const config = parseConfig(options.config);
  const clock = options.clock ?? new Clock();
  // Before any file is read, so a bad setting is reported as such rather than after a fixture error.
  const moved = config.referenceDate === null ? null : movedReferenceDate(config.referenceDate, clock);
  const spec = options.spec ?? loadSpec();
  const loaded = options.fixture ?? loadFixtures(config.fixturesDir ?? undefined);
  const referenceDate = moved ?? loaded.referenceDate;
  const fixture = { ...loaded, seed: config.seed ?? loaded.seed, referenceDate };
  const world = new World(fixture, clock, options.heldRecordsBudget);
  const limiter = new RateLimiter(config.rateLimit, clock);
  const outbox = new Outbox(fixture.seed);
  const responseCache = new ResponseCache(RESPONSE_CACHE_BYTES);
  const faults = new FaultSet();
  const journal = new Journal(config.journalSize);
  // A GET answered from the old records must not be answered again: record changes are rare, so drop them all.
  const records = new RecordEditor(world, spec, () => responseCache.clear());
  world.pinRecords(pinFixtureRecords(fixture, world, records));
  return {
    config,
    referenceDate,
    fixtureReferenceDate: loaded.referenceDate,
    spec,
    operations: readOperations(spec),
    adminOperations: readAdminOperations(spec),
    clock,
    world,
    limiter,
    outbox,
    responseCache,
    paramMemo: new TargetMemo(),
    faults,
    journal,
    records,
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
