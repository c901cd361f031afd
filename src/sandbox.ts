import { loadSpec, type OpenApiDocument } from './openapi/load-spec.js';
import { withOperationScope } from './openapi/operation-scope.js';
import { readAdminOperations, readOperations } from './openapi/operations.js';
import { ConfigError } from './settings/config-error.js';
import { parseConfig } from './settings/parse-config.js';
import { resolveReferenceDate } from './settings/reference-date.js';
import type { SandboxSettings } from './settings/schema.js';
import { WorldChanges } from './world/changes.js';
import { Clock } from './world/clock.js';
import { Coverage } from './world/coverage.js';
import { CoveragePlan } from './world/coverage-plan.js';
import { FaultSet } from './world/faults.js';
import type { WorldFixture } from './world/fixture-types.js';
import { Journal } from './world/journal.js';
import { loadFixtures } from './world/load-fixtures.js';
import { OAuthServer } from './world/oauth.js';
import { Outbox } from './world/outbox.js';
import { pinFixtureRecords } from './world/pinned-records.js';
import { RateLimiter } from './world/rate-limiter.js';
import { RecordEditor } from './world/record-editor.js';
import type { Sandbox } from './world/sandbox.js';
import { World } from './world/world.js';

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

export type { Sandbox } from './world/sandbox.js';

/**
 * Builds a sandbox from settings. Reads files only when no fixture or document is given. Throws a
 * ConfigError naming every bad setting before anything is read.
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const config = parseConfig(options.config);
  const clock = options.clock ?? new Clock();
  // Before any file is read, so a bad setting is reported as such rather than after a fixture error.
  const moved = config.referenceDate === null ? null : movedReferenceDate(config.referenceDate, clock);
  const spec = withOperationScope(options.spec ?? loadSpec(), 'createTask', config.taskCreateScope);
  const loaded = options.fixture ?? loadFixtures(config.fixturesDir ?? undefined);
  const referenceDate = moved ?? loaded.referenceDate;
  const fixture = { ...loaded, seed: config.seed ?? loaded.seed, referenceDate };
  const world = new World(fixture, clock, options.heldRecordsBudget);
  const limiter = new RateLimiter(config.rateLimit, clock);
  const outbox = new Outbox(fixture.seed);
  const changes = new WorldChanges();
  const faults = new FaultSet();
  const journal = new Journal(config.journalSize);
  const oauth = new OAuthServer(fixture.seed, clock);
  const records = new RecordEditor(world, spec, () => changes.notify());
  world.pinRecords(pinFixtureRecords(fixture, world, records));
  const operations = readOperations(spec);
  const coverage = new Coverage(
    new CoveragePlan(operations, spec, config.notInstalledStatus),
    () => clock.now(),
    (organizationId) => world.organizations.has(organizationId),
  );
  return {
    config,
    referenceDate,
    fixtureReferenceDate: loaded.referenceDate,
    spec,
    operations,
    adminOperations: readAdminOperations(spec),
    clock,
    world,
    limiter,
    outbox,
    changes,
    faults,
    journal,
    oauth,
    coverage,
    records,
    reset() {
      world.reset();
      clock.reset();
      limiter.reset();
      outbox.reset();
      changes.notify();
      faults.reset();
      journal.clear();
      oauth.reset();
      coverage.clear();
    },
  };
}
