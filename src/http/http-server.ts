import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { answerClientError, answerConnect, answerUnbuildableRequest, requireHostHeader } from './client-error.js';

/** The app's `fetch`, as @hono/node-server calls it. */
type Fetch = Parameters<typeof getRequestListener>[0];

/** What `createHttpServer` may tune; tests shorten Node's timeouts to see the 408 without waiting a minute. */
export interface HttpServerOptions {
  /** The host a request without `Host` (HTTP/1.0) is taken to have named. */
  hostname: string;
  headersTimeout?: number;
  requestTimeout?: number;
  connectionsCheckingInterval?: number;
}

/** An HTTP server of the app, and how to stop it. */
export interface SandboxHttpServer {
  server: Server;
  /** Stops accepting and ends every connection, requests in flight included. */
  close(): Promise<void>;
}

/**
 * The Node HTTP server in front of the app, as @hono/node-server's `serve()` builds it, plus the
 * answers Node and the adapter give on their own before the app sees a request (unparseable
 * bytes, timeouts, CONNECT, no URL to build, HTTP/1.1 without Host), each made the API's JSON error.
 */
export function createHttpServer(fetch: Fetch, options: HttpServerOptions): SandboxHttpServer {
  const listener = getRequestListener(fetch, { hostname: options.hostname, errorHandler: answerUnbuildableRequest });
  const server = createServer(
    {
      // 64 KiB of headers, not Node's 16: a malformed giant Authorization header reaches the
      // app and gets its 401; beyond that answerClientError still answers in JSON.
      maxHeaderSize: 64 * 1024,
      requireHostHeader: false,
      ...(options.headersTimeout !== undefined && { headersTimeout: options.headersTimeout }),
      ...(options.requestTimeout !== undefined && { requestTimeout: options.requestTimeout }),
      ...(options.connectionsCheckingInterval !== undefined && {
        connectionsCheckingInterval: options.connectionsCheckingInterval,
      }),
    },
    requireHostHeader(listener),
  );
  server.on('clientError', answerClientError);
  server.on('connect', answerConnect);
  return {
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold close() open; end them now.
        server.closeAllConnections();
      }),
  };
}
