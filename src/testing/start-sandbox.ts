import { startServer } from '../server.js';
import type { SandboxSettings } from '../settings/schema.js';
import { readFixtureMembers, type SandboxFixture } from './sandbox-fixture.js';

/** The sandbox's settings (a ConfigError names every bad one), on a free loopback port unless `port` and `host` say otherwise. */
export interface StartSandboxOptions extends Omit<SandboxSettings, 'fixturesDir'> {
  /** A directory holding `world.json`; the built-in world when omitted. */
  fixturesDir?: string;
}

/** A sandbox running in this process: the shape `MaxSandboxContainer.start()` gives too. */
export interface StartedSandbox extends SandboxFixture {
  /** Stops accepting, lets requests in flight finish (at most 2 s), ends the connections. */
  stop(): Promise<void>;
  /** @deprecated Use `baseUrl` (the same string); `url` goes in the next release. */
  readonly url: string;
  /** @deprecated Use `stop()` (the same), or `await using`; `close()` goes in the next release. */
  close(): Promise<void>;
}

/**
 * Starts the sandbox in this process on a free loopback port (by default): for Node test suites
 * that want no Docker at all. `await using sandbox = await startSandbox()` stops it at the end of
 * the block.
 */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<StartedSandbox> {
  // A free port on loopback: the helper's own choice for tests, not a default of the sandbox.
  // Defaults in the pattern, so `port: undefined` means this choice too.
  const { port = 0, host = '127.0.0.1', ...rest } = options;
  // createSandbox (under startServer) parses the settings, as it does for every caller.
  const running = await startServer({ config: { ...rest, port, host } });
  const { config } = running.sandbox;
  const stop = () => running.close();
  const members = await readFixtureMembers(running.url, config.adminToken ?? undefined, config.environment, stop);
  return {
    ...members,
    url: running.url,
    stop,
    close: stop,
    [Symbol.asyncDispose]: stop,
  };
}
