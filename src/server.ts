import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { createHttpServer } from './http/http-server.js';
import { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';

/** How long `close()` lets requests in flight finish before it cuts their connections. */
export const DRAIN_DEADLINE_MS = 2000;

export interface RunningSandbox {
  /** `http://host:port`, with the port actually bound. */
  url: string;
  port: number;
  sandbox: Sandbox;
  /**
   * Stops accepting, lets requests in flight finish (for up to 2 s; their responses say
   * `Connection: close`), ends idle connections, resolves when closed.
   */
  close(): Promise<void>;
}

/** Listening failed: `code` is Node's (`EADDRINUSE` when another server holds the port). */
export class ListenError extends Error {
  constructor(
    readonly host: string,
    readonly port: number,
    readonly code: string | undefined,
    detail: string,
  ) {
    super(`cannot listen on ${host}:${port}: ${detail}`);
    this.name = 'ListenError';
  }
}

/** Builds a sandbox and serves it over HTTP; resolves once it listens. */
export async function startServer(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const sandbox = createSandbox(options);
  const app = createApp(sandbox);
  const { host, port } = sandbox.config;
  const http = createHttpServer(app.fetch, { hostname: host });
  const { server } = http;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const detail = error.code === 'EADDRINUSE' ? `port ${port} is in use` : error.message;
      reject(new ListenError(host, port, error.code, detail));
    });
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${bound}`,
    port: bound,
    sandbox,
    close: () => http.drain(DRAIN_DEADLINE_MS),
  };
}
