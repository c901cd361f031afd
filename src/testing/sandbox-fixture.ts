/**
 * The one shape of a running sandbox that a test suite holds, whichever way it was started:
 * `startSandbox()` in the test process or `MaxSandboxContainer` in Docker. Its keys, clinics and
 * apps are read from the world the sandbox actually loaded (`GET /_sandbox/fixtures`), so a world
 * of your own (`fixturesDir`, `withFixtures()`) gets its own.
 */
import { SandboxAdmin } from './admin-client.js';
import type { SandboxFixtures } from './admin-types.js';
import { APPS, CLINICS, type PRODUCTION_KEYS, type WellKnownKey } from './well-known.js';

/** Which key prefixes the sandbox accepts: `max_prd_ak_` (production) or `max_dev_ak_` (staging). */
export type SandboxEnvironment = 'production' | 'staging';

/**
 * The keys of the sandbox's environment by name: the id without its `key_prd_`/`key_dev_` prefix,
 * in camelCase (`key_prd_full_access` is `fullAccess`), plus `wrongEnvironment`, the other
 * environment's full-access key. The names typed here are the built-in world's; a world of your
 * own has its own keys under names made the same way.
 */
export type SandboxKeys = { readonly [name in keyof typeof PRODUCTION_KEYS]: WellKnownKey } & {
  /** The other environment's full-access key: 401 `wrong_environment` here. */
  readonly wrongEnvironment: WellKnownKey;
} & { readonly [name: string]: WellKnownKey | undefined };

/** A clinic of the world, as `X-Organization-Id` names it. */
export interface SandboxClinic {
  readonly id: string;
  readonly name: string;
}

/**
 * The clinics of the world: the built-in ones under their names in `CLINICS` (`sunrise`, ...),
 * others under their name in camelCase (`Copied Family Medicine` is `copiedFamilyMedicine`).
 */
export type SandboxClinics = { readonly [name in keyof typeof CLINICS]: SandboxClinic } & {
  readonly [name: string]: SandboxClinic | undefined;
};

/** An app of the world. */
export interface SandboxAppRef {
  readonly id: string;
  readonly slug: string;
}

/** The apps of the world: the built-in ones under their names in `APPS`, others under their slug in camelCase. */
export type SandboxApps = { readonly [name in keyof typeof APPS]: SandboxAppRef } & {
  readonly [name: string]: SandboxAppRef | undefined;
};

/** What `startSandbox()` and `MaxSandboxContainer.start()` both give; `await using` stops it at the end of the block. */
export interface SandboxFixture extends AsyncDisposable {
  /** `http://host:port`, to prefix `/v3/...` and `/_sandbox/...` with. */
  readonly baseUrl: string;
  /** The typed client of `/_sandbox`, sending the admin token when one was set. */
  readonly admin: SandboxAdmin;
  readonly environment: SandboxEnvironment;
  readonly keys: SandboxKeys;
  readonly clinics: SandboxClinics;
  readonly apps: SandboxApps;
  /** Stops the sandbox; requests in flight get up to 2 s to finish. */
  stop(): Promise<unknown>;
}

/** `full_access` -> `fullAccess`; `Copied Family Medicine` -> `copiedFamilyMedicine`. */
const camelCase = (text: string): string =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1)))
    .join('');

const wellKnownName = (table: Record<string, { id: string }>, id: string): string | undefined =>
  Object.entries(table).find(([, entry]) => entry.id === id)?.[0];

/** The keys, clinics and apps of a world as the fixture holds them. */
function worldOf(fixtures: SandboxFixtures, environment: SandboxEnvironment): Pick<SandboxFixture, 'keys' | 'clinics' | 'apps'> {
  const keys: Record<string, WellKnownKey> = {};
  let wrongEnvironment: WellKnownKey | undefined;
  for (const key of fixtures.keys) {
    const entry: WellKnownKey = { id: key.id, key: key.key, appId: key.appId };
    const name = camelCase(key.id.replace(/^key_(prd|dev)_/, ''));
    if (key.environment === environment) keys[name] = entry;
    else if (name === 'fullAccess') wrongEnvironment = entry;
  }
  if (wrongEnvironment) keys.wrongEnvironment = wrongEnvironment;

  const clinics: Record<string, SandboxClinic> = {};
  for (const { id, name } of fixtures.organizations) clinics[wellKnownName(CLINICS, id) ?? camelCase(name)] = { id, name };
  const apps: Record<string, SandboxAppRef> = {};
  for (const { id, slug } of fixtures.apps) apps[wellKnownName(APPS, id) ?? camelCase(slug)] = { id, slug };

  return { keys: keys as SandboxKeys, clinics: clinics as SandboxClinics, apps: apps as SandboxApps };
}

/** What both fixtures hold besides the ways to stop them. */
export type SandboxFixtureMembers = Omit<SandboxFixture, 'stop' | typeof Symbol.asyncDispose>;

/**
 * The members both fixtures share, for a sandbox just started at `baseUrl`: its admin client and
 * the world it loaded. When the world cannot be read, `stop()` ends the sandbox before rethrowing,
 * so a failed start leaves nothing running.
 */
export async function readFixtureMembers(
  baseUrl: string,
  adminToken: string | undefined,
  environment: SandboxEnvironment,
  stop: () => Promise<unknown>,
): Promise<SandboxFixtureMembers> {
  const admin = new SandboxAdmin(baseUrl, { adminToken });
  try {
    return { baseUrl, admin, environment, ...worldOf(await admin.fixtures(), environment) };
  } catch (error) {
    await stop();
    throw error;
  }
}
