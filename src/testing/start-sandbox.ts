import { startServer } from '../server.js';
import type { SandboxSettings } from '../settings/schema.js';
import { SandboxAdmin } from './admin-client.js';

/** The sandbox's settings (a ConfigError names every bad one), on a free loopback port unless `port` and `host` say otherwise. */
export interface StartSandboxOptions extends Omit<SandboxSettings, 'fixturesDir'> {
  /** A directory holding `world.json`; the built-in world when omitted. */
  fixturesDir?: string;
}

export interface StartedSandbox {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The typed client of `/_sandbox`, with the admin token when one was set. */
  admin: SandboxAdmin;
  /** Stops accepting, lets requests in flight finish (at most 2 s), ends the connections. */
  close(): Promise<void>;
}

/**
 * Starts the sandbox in this process on a free loopback port (by default): for Node test suites
 * that want no Docker at all.
 */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<StartedSandbox> {
  // A free port on loopback: the helper's own choice for tests, not a default of the sandbox.
  // Defaults in the pattern, so `port: undefined` means this choice too.
  const { port = 0, host = '127.0.0.1', ...rest } = options;
  // createSandbox (under startServer) parses the settings, as it does for every caller.
  const running = await startServer({ config: { ...rest, port, host } });
  return {
    url: running.url,
    admin: new SandboxAdmin(running.url, { adminToken: running.sandbox.config.adminToken ?? undefined }),
    close: () => running.close(),
  };
}
