import { resolveConfig, type SandboxConfig } from '../contract/config.js';
import { startServer } from '../server.js';
import { SandboxAdmin } from './admin-client.js';

export interface StartSandboxOptions extends Partial<Omit<SandboxConfig, 'fixturesDir'>> {
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
  const { fixturesDir, ...rest } = options;
  // A free port on loopback: the helper's own choice for tests, not a default of the sandbox.
  const config = resolveConfig({ port: 0, host: '127.0.0.1', ...rest, fixturesDir: fixturesDir ?? null });
  const running = await startServer({ config });
  return {
    url: running.url,
    admin: new SandboxAdmin(running.url, { adminToken: config.adminToken ?? undefined }),
    close: () => running.close(),
  };
}
