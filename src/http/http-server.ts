import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import {
  answerClientError,
  answerConnect,
  answerUnbuildableRequest,
  answerUnknownExpectation,
  requireHostHeader,
} from './client-error.js';

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

/** An HTTP server of the app, and how to stop it without dropping a request. */
export interface SandboxHttpServer {
  server: Server;
  /**
   * Stops accepting, lets the requests in flight finish (their responses say `Connection:
   * close`), then closes; connections still open after `deadlineMs` are cut.
   */
  drain(deadlineMs: number): Promise<void>;
}

/**
 * The Node HTTP server in front of the app, as @hono/node-server's `serve()` builds it, plus the
 * answers Node and the adapter give on their own before the app sees a request (unparseable
 * bytes, timeouts, CONNECT, an unknown `Expect`, no URL to build, HTTP/1.1 without Host or with
 * two, a transfer coding not understood), each made the API's JSON error.
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
  server.on('checkExpectation', answerUnknownExpectation);
  // Per connection, never per request: what a drain must reach that Node's own list does not
  // (a CONNECT's socket) and the response each one is writing.
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return { server, drain: (deadlineMs) => drain(server, sockets, deadlineMs) };
}

/** The response a socket is writing now: Node's own field, the one its clientError handling reads too. */
const responseOn = (socket: Socket) => (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;

function drain(server: Server, sockets: Set<Socket>, deadlineMs: number): Promise<void> {
  return new Promise((resolve) => {
    let cut: NodeJS.Timeout | undefined;
    let sweep: NodeJS.Timeout | undefined;
    // Closes the listener and every idle keep-alive connection; resolves once the last one is gone.
    server.close(() => {
      clearTimeout(cut);
      clearInterval(sweep);
      resolve();
    });
    // A request already in flight is answered, and its client told not to send another here.
    for (const socket of sockets) {
      const response = responseOn(socket);
      if (response && !response.headersSent) response.setHeader('Connection', 'close');
    }
    // A request that arrives on a connection still open is answered the same way. Swapped in only
    // now, so the hot path never pays for the check.
    const listeners = server.listeners('request') as ((request: IncomingMessage, response: ServerResponse) => void)[];
    server.removeAllListeners('request');
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      response.setHeader('Connection', 'close');
      for (const listener of listeners) listener(request, response);
    });
    // A response that had started before the drain keeps its connection alive; close each such
    // connection as soon as it falls idle rather than at the deadline.
    sweep = setInterval(() => server.closeIdleConnections(), 50);
    cut = setTimeout(() => {
      clearInterval(sweep);
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
    }, deadlineMs);
  });
}
