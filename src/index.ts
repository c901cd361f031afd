/** max-sandbox as a library: build the app in-process or serve it. */
export { createApp, RouteMismatchError, type SandboxApp } from './app.js';
export { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';
export { type RunningSandbox, startServer } from './server.js';
export { ConfigError } from './settings/config-error.js';
export { parseConfig, resolveConfig } from './settings/parse-config.js';
export { DEFAULT_CONFIG, type SandboxConfig, type SandboxSettings } from './settings/schema.js';
export type { WorldFixture } from './world/fixture-types.js';
export { DEFAULT_FIXTURES_DIR, FixtureError, loadFixtures } from './world/load-fixtures.js';
