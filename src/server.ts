import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import type { SandboxConfig } from './config.js';
import { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';

export interface RunningSandbox {
  /** `http://host:port`, with the port actually bound. */
  url: string;
  port: number;
  sandbox: Sandbox;
  /** Stops accepting, ends open connections, resolves when closed. */
  close(): Promise<void>;
}

/** Builds a sandbox and serves it over HTTP; resolves once it listens. */
export async function startServer(options: SandboxOptions & { config?: Partial<SandboxConfig> } = {}): Promise<RunningSandbox> {
  const sandbox = createSandbox(options);
  const app = createApp(sandbox);
  const { host, port } = sandbox.config;
  const server = await new Promise<ServerType>((resolve, reject) => {
    const instance = serve({ fetch: app.fetch, hostname: host, port }, () => resolve(instance));
    instance.once('error', (error: NodeJS.ErrnoException) => {
      reject(new Error(`cannot listen on ${host}:${port}: ${error.code === 'EADDRINUSE' ? 'the port is in use' : error.message}`));
    });
  });
  const bound = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${bound}`,
    port: bound,
    sandbox,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold close() open; end them now.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
