/** max-sandbox as a library: build the app in-process or serve it. */
export { createApp, RouteMismatchError, type SandboxApp } from './app.js';
export { DEFAULT_CONFIG, resolveConfig, type SandboxConfig } from './contract/config.js';
export { type RunningSandbox, startServer } from './server.js';
export type { WorldFixture } from './world/fixture-types.js';
export { DEFAULT_FIXTURES_DIR, FixtureError, loadFixtures } from './world/load-fixtures.js';
export { createSandbox, type Sandbox, type SandboxOptions } from './world/sandbox.js';
