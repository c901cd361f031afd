/**
 * `max-sandbox/testcontainers`: the sandbox's Docker image as a testcontainers module, shaped like
 * testcontainers-node's own (`packages/modules/*`): a `GenericContainer` with the port, wait
 * strategy and timeout set, `withX(): this` builders, and a started container with domain getters.
 *
 * testcontainers (11.x) is an optional peer dependency: only this entry imports it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AbstractStartedContainer,
  GenericContainer,
  getContainerRuntimeClient,
  ImageName,
  type StartedTestContainer,
  Wait,
} from 'testcontainers';
import { checkSettingText, parseConfigTexts, settingVariables } from '../settings/parse-config.js';
import type { SandboxAdmin } from './admin-client.js';
import {
  readFixtureMembers,
  type SandboxEnvironment,
  type SandboxFixture,
  type SandboxFixtureMembers,
} from './sandbox-fixture.js';

export { ConfigError } from '../settings/config-error.js';
export type { SandboxEnvironment, SandboxKeys } from './sandbox-fixture.js';

/** The installed package (two levels above this module, in src/ and in dist/ alike): its Dockerfile and version. */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE_VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The image `new MaxSandboxContainer()` runs: the one of this package's own version, so the image
 * and the client (keys, admin types) never drift apart. Built from the package's Dockerfile the
 * first time; the engine keeps it under this tag.
 */
export const MAX_SANDBOX_IMAGE = `max-sandbox:${PACKAGE_VERSION}`;

/** The port the sandbox listens on inside its container (the image's `EXPOSE`). */
export const MAX_SANDBOX_PORT = 6290;

/** Where `withFixtures()` copies a world directory inside the container. */
const FIXTURES_IN_CONTAINER = '/fixtures';

/**
 * Health is polled this often (it is also each poll's timeout): the sandbox answers in about a
 * millisecond once up, and testcontainers' default of 1 s adds up to a second to every start.
 */
const HEALTH_POLL_MS = 100;

/** Builds of the package's image under way in this process, by tag: parallel starts build once. */
const builds = new Map<string, Promise<void>>();

/**
 * Makes sure the engine holds `tag`, building it from the package's Dockerfile when it does not.
 * The build runs `npm install` inside it (the network is needed once); where containers have no
 * route out, build it yourself first: `docker build --network host -t <tag> node_modules/max-sandbox`.
 */
function ensurePackageImage(tag: string): Promise<void> {
  let build = builds.get(tag);
  if (!build) {
    build = (async () => {
      const client = await getContainerRuntimeClient();
      if (await client.image.exists(ImageName.fromString(tag))) return;
      await GenericContainer.fromDockerfile(PACKAGE_ROOT)
        .withBuildArgs({ VERSION: PACKAGE_VERSION })
        .build(tag, { deleteOnExit: false });
    })();
    builds.set(tag, build);
    build.catch(() => builds.delete(tag));
  }
  return build;
}

/**
 * The sandbox in a container. With no image given, the image of this package's version (built
 * from its Dockerfile the first time, then taken from the engine). Each builder refuses a value
 * the sandbox would refuse, at once and with the sandbox's own message (a ConfigError, through
 * parseConfig's rules), rather than as a container that never gets healthy:
 *
 *     await using sandbox = await new MaxSandboxContainer().withSeed('my-suite').start();
 */
export class MaxSandboxContainer extends GenericContainer {
  readonly #buildIfMissing: boolean;

  /** `image`: a tag of your own (built from this package's Dockerfile); by default {@link MAX_SANDBOX_IMAGE}. */
  constructor(image?: string) {
    super(image ?? MAX_SANDBOX_IMAGE);
    this.#buildIfMissing = image === undefined;
    this.withExposedPorts(MAX_SANDBOX_PORT)
      .withWaitStrategy(
        Wait.forHttp('/_sandbox/health', MAX_SANDBOX_PORT, { abortOnContainerExit: true })
          .forStatusCode(200)
          .withReadTimeout(HEALTH_POLL_MS),
      )
      .withStartupTimeout(60_000);
  }

  /** The seed of the generated records (`MAX_SANDBOX_SEED`); the world's own seed when not set. */
  withSeed(seed: string): this {
    checkSettingText('seed', seed, 'withSeed:');
    return super.withEnvironment({ MAX_SANDBOX_SEED: seed });
  }

  /**
   * Moves the world's reference date (`MAX_SANDBOX_REFERENCE_DATE`): every record's dates are
   * placed around it. An ISO date or `today` means 18:00 UTC of that day, `today` read by the
   * container when it starts; a timestamp is taken as given.
   */
  withReferenceDate(date: string | 'today'): this {
    checkSettingText('referenceDate', date, 'withReferenceDate:');
    return super.withEnvironment({ MAX_SANDBOX_REFERENCE_DATE: date });
  }

  /**
   * Lets browser pages at these origins call the sandbox (`MAX_SANDBOX_CORS`): `'*'` for any, or
   * origins such as `http://localhost:5173`. For a web app's own tests in a browser; off unless set.
   */
  withCors(origins: '*' | string | readonly string[]): this {
    const value = typeof origins === 'string' ? origins : origins.join(',');
    checkSettingText('cors', value, 'withCors:');
    return super.withEnvironment({ MAX_SANDBOX_CORS: value });
  }

  /**
   * Host names the sandbox answers besides localhost, IP addresses, `*.internal`, names without a
   * dot and the container's own name (`MAX_SANDBOX_ALLOWED_HOSTS`): for a network alias with a dot. `'*'`
   * answers any host (no DNS-rebinding protection).
   */
  withAllowedHosts(hosts: '*' | string | readonly string[]): this {
    const value = typeof hosts === 'string' ? hosts : hosts.join(',');
    checkSettingText('allowedHosts', value, 'withAllowedHosts:');
    return super.withEnvironment({ MAX_SANDBOX_ALLOWED_HOSTS: value });
  }

  /**
   * `withEnvironment('staging')` serves staging (`max_dev_ak_` keys) instead of production.
   * A record of variables is passed on as testcontainers' own `withEnvironment` does, once the
   * sandbox's own among them (`MAX_SANDBOX_*`, `PORT`, `HOST`) are checked: every bad one at once.
   */
  override withEnvironment(environment: SandboxEnvironment | Record<string, string>): this {
    if (typeof environment !== 'string') {
      parseConfigTexts(settingVariables(environment));
      return super.withEnvironment(environment);
    }
    checkSettingText('environment', environment, 'withEnvironment:');
    return super.withEnvironment({ MAX_SANDBOX_ENVIRONMENT: environment });
  }

  /**
   * Serves the world in `directory` (its `world.json`) instead of the built-in one. The directory
   * is copied into the container, so a remote Docker engine works too.
   */
  withFixtures(directory: string): this {
    const source = resolve(directory);
    if (!existsSync(join(source, 'world.json'))) {
      throw new Error(`withFixtures: ${join(source, 'world.json')} does not exist`);
    }
    return this.withCopyDirectoriesToContainer([{ source, target: FIXTURES_IN_CONTAINER }]).withEnvironment({
      MAX_SANDBOX_FIXTURES: FIXTURES_IN_CONTAINER,
    });
  }

  /**
   * Requires `X-Sandbox-Admin-Token` on `/_sandbox/*` (health excepted). Without an argument a
   * random token is made; the started container's `admin` client sends it either way.
   */
  withAdminToken(token: string = randomBytes(16).toString('hex')): this {
    checkSettingText('adminToken', token, 'withAdminToken:');
    return super.withEnvironment({ MAX_SANDBOX_ADMIN_TOKEN: token });
  }

  override async start(): Promise<StartedMaxSandboxContainer> {
    if (this.#buildIfMissing) await ensurePackageImage(this.imageName.string);
    // Read back from the variables, so a record given to withEnvironment() counts as well.
    const environment = this.environment.MAX_SANDBOX_ENVIRONMENT === 'staging' ? 'staging' : 'production';
    const adminToken = this.environment.MAX_SANDBOX_ADMIN_TOKEN;
    const started = await super.start();
    const host = started.getHost();
    const baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${started.getMappedPort(MAX_SANDBOX_PORT)}`;
    const members = await readFixtureMembers(baseUrl, adminToken, environment, () => started.stop());
    return new StartedMaxSandboxContainer(started, members, adminToken);
  }
}

/**
 * A running sandbox container: the members `startSandbox()` gives too (`baseUrl`, `admin`, the
 * keys, clinics and apps of the world it loaded, `stop()`, `await using`), and testcontainers' own.
 */
export class StartedMaxSandboxContainer extends AbstractStartedContainer implements SandboxFixture {
  readonly baseUrl: string;
  readonly admin: SandboxAdmin;
  readonly environment: SandboxEnvironment;
  readonly keys: SandboxFixture['keys'];
  readonly clinics: SandboxFixture['clinics'];
  readonly apps: SandboxFixture['apps'];
  readonly #adminToken: string | undefined;

  constructor(started: StartedTestContainer, fixture: SandboxFixtureMembers, adminToken: string | undefined) {
    super(started);
    this.baseUrl = fixture.baseUrl;
    this.admin = fixture.admin;
    this.environment = fixture.environment;
    this.keys = fixture.keys;
    this.clinics = fixture.clinics;
    this.apps = fixture.apps;
    this.#adminToken = adminToken;
  }

  /** @deprecated Use `baseUrl` (the same string); `getBaseUrl()` goes in the next release. */
  getBaseUrl(): string {
    return this.baseUrl;
  }

  /** @deprecated Use `environment`; `getEnvironment()` goes in the next release. */
  getEnvironment(): SandboxEnvironment {
    return this.environment;
  }

  /** The `X-Sandbox-Admin-Token` the sandbox requires, if any. */
  getAdminToken(): string | undefined {
    return this.#adminToken;
  }
}
