/**
 * `max-sandbox/testcontainers`: the sandbox's Docker image as a testcontainers module, shaped like
 * testcontainers-node's own (`packages/modules/*`): a `GenericContainer` with the port, wait
 * strategy and timeout set, `withX(): this` builders, and a started container with domain getters.
 *
 * testcontainers (11.x) is an optional peer dependency: only this entry imports it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AbstractStartedContainer, GenericContainer, type StartedTestContainer, Wait } from 'testcontainers';
import { checkSettingText, parseConfigTexts, settingVariables } from '../settings/parse-config.js';
import { SandboxAdmin } from './admin-client.js';

export { ConfigError } from '../settings/config-error.js';

import { APPS, CLINICS, PRODUCTION_KEYS, STAGING_KEYS, type WellKnownKey } from './well-known.js';

/** The port the sandbox listens on inside its container (the image's `EXPOSE`). */
export const MAX_SANDBOX_PORT = 3000;

/** Where `withFixtures()` copies a world directory inside the container. */
const FIXTURES_IN_CONTAINER = '/fixtures';

/**
 * Health is polled this often (it is also each poll's timeout): the sandbox answers in about a
 * millisecond once up, and testcontainers' default of 1 s adds up to a second to every start.
 */
const HEALTH_POLL_MS = 100;

/** Which key prefixes the sandbox accepts: `max_prd_ak_` (production) or `max_dev_ak_` (staging). */
export type SandboxEnvironment = 'production' | 'staging';

/** The well-known keys of a running sandbox's environment, plus one of the other environment. */
export type SandboxKeys = { readonly [name in keyof typeof PRODUCTION_KEYS]: WellKnownKey } & {
  /** The other environment's full-access key: 401 `wrong_environment` here. */
  readonly wrongEnvironment: WellKnownKey;
};

/**
 * The sandbox in a container, from an image built from this package's Dockerfile. Each builder
 * refuses a value the sandbox would refuse, at once and with the sandbox's own message (a
 * ConfigError, through parseConfig's rules), rather than as a container that never gets healthy.
 *
 *     await using sandbox = await new MaxSandboxContainer('max-sandbox').withSeed('my-suite').start();
 */
export class MaxSandboxContainer extends GenericContainer {
  constructor(image: string) {
    super(image);
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
    // Read back from the variables, so a record given to withEnvironment() counts as well.
    const environment = this.environment.MAX_SANDBOX_ENVIRONMENT === 'staging' ? 'staging' : 'production';
    const adminToken = this.environment.MAX_SANDBOX_ADMIN_TOKEN;
    return new StartedMaxSandboxContainer(await super.start(), environment, adminToken);
  }
}

/** A running sandbox container: its URL, its typed admin client and its well-known keys. */
export class StartedMaxSandboxContainer extends AbstractStartedContainer {
  /** The typed client of `/_sandbox`, sending the admin token when one was set. */
  readonly admin: SandboxAdmin;
  /** The well-known keys of this sandbox's environment (they describe the built-in world). */
  readonly keys: SandboxKeys;
  readonly clinics = CLINICS;
  readonly apps = APPS;
  readonly #environment: SandboxEnvironment;
  readonly #adminToken: string | undefined;

  constructor(started: StartedTestContainer, environment: SandboxEnvironment, adminToken: string | undefined) {
    super(started);
    this.#environment = environment;
    this.#adminToken = adminToken;
    this.keys =
      environment === 'staging'
        ? { ...STAGING_KEYS, wrongEnvironment: PRODUCTION_KEYS.fullAccess }
        : { ...PRODUCTION_KEYS, wrongEnvironment: STAGING_KEYS.fullAccess };
    this.admin = new SandboxAdmin(this.getBaseUrl(), { adminToken });
  }

  /** `http://<host>:<mapped port>`, to prefix `/v3/...` and `/_sandbox/...` with. */
  getBaseUrl(): string {
    const host = this.getHost();
    return `http://${host.includes(':') ? `[${host}]` : host}:${this.getMappedPort(MAX_SANDBOX_PORT)}`;
  }

  getEnvironment(): SandboxEnvironment {
    return this.#environment;
  }

  /** The `X-Sandbox-Admin-Token` the sandbox requires, if any. */
  getAdminToken(): string | undefined {
    return this.#adminToken;
  }
}
