/** max-sandbox as a library: build the app in-process or serve it. */
export { createApp, RouteMismatchError, type SandboxApp } from './app.js';
export { DEFAULT_CONFIG, resolveConfig, type SandboxConfig } from './contract/config.js';
export { createSandbox, type Sandbox, type SandboxOptions } from './world/sandbox.js';
export { startServer, type RunningSandbox } from './server.js';
export { loadFixtures, FixtureError, DEFAULT_FIXTURES_DIR } from './world/load-fixtures.js';
export type { WorldFixture } from './world/fixture-types.js';
