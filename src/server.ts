import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { SandboxConfig } from './contract/config.js';
import { answerClientError } from './http/client-error.js';
import { createSandbox, type Sandbox, type SandboxOptions } from './world/sandbox.js';

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
    const instance = serve(
      // 64 KiB of headers, not Node's 16: a malformed giant Authorization header reaches the
      // app and gets its 401; beyond that answerClientError still answers in JSON.
      { fetch: app.fetch, hostname: host, port, serverOptions: { maxHeaderSize: 64 * 1024 } },
      () => resolve(instance),
    );
    instance.on('clientError', answerClientError);
    instance.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(`cannot listen on ${host}:${port}: ${error.code === 'EADDRINUSE' ? 'the port is in use' : error.message}`),
      );
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
