import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { RequestError } from '@hono/node-server';
import { type ApiError, apiError } from '../contract/api-error.js';
import type { ErrorName } from '../contract/reasons.js';
import { errorBody, REASON_HEADER } from './render-error.js';

/** What Node keeps on a server socket and this module reads: the request being parsed, the response being written. */
interface HttpSocket extends Socket {
  parser?: { incoming?: IncomingMessage | null } | null;
  _httpMessage?: ServerResponse | null;
}

/**
 * Node answers requests it cannot parse (headers over the size limit, a broken request line, bad
 * chunked encoding, headers or a body that never finish arriving) itself, with a bare status
 * line, before the app sees them. This writes the API's JSON error envelope instead, so even
 * those get a documented 4xx body.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  const httpSocket = socket as HttpSocket;
  const inFlight = httpSocket._httpMessage;
  // Bytes of a response already on the wire: another status line would corrupt it.
  if (!socket.writable || error.code === 'ECONNRESET' || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const method =
    httpSocket.parser?.incoming?.method ?? inFlight?.req?.method ?? methodOf((error as { rawPacket?: Buffer }).rawPacket);
  socket.end(closingResponse(apiError(clientErrorKind(error.code)), method === 'HEAD'));
}

function clientErrorKind(code: string | undefined): ErrorName {
  if (code === 'HPE_HEADER_OVERFLOW') return 'headers_too_large';
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'request_timeout';
  return 'malformed_request';
}

/**
 * The method of the request line when the bytes that failed start with it. Headers that overflow
 * across reads, or stall and time out, leave it unknown; then the body is sent, and the
 * connection closes after it, so no later response is misread.
 */
function methodOf(rawPacket: Buffer | undefined): string | undefined {
  if (!rawPacket) return undefined;
  const space = rawPacket.indexOf(0x20);
  return space > 0 && space < 16 ? rawPacket.toString('latin1', 0, space) : undefined;
}

/**
 * `CONNECT host:port` asks for a tunnel; Node drops it unless someone answers. Its target names
 * no path of the API, so it is what any method on an unknown path is: 404 `route_not_found`. The
 * socket has left Node's HTTP handling by now, so it closes after the answer.
 */
export function answerConnect(_request: IncomingMessage, socket: Socket): void {
  // Nothing listens on this socket for errors any more; a reset must not end the process.
  socket.on('error', () => socket.destroy());
  socket.end(closingResponse(apiError('route_not_found'), false));
}

/**
 * @hono/node-server's `errorHandler`: a request Node parsed but from which no URL can be built (a
 * backslash in the path, a `Host` that is no host) is malformed, as Node's own refusals are.
 * Anything else thrown before the app's `onError` is a bug of the sandbox.
 */
export function answerUnbuildableRequest(error: unknown): Response {
  if (error instanceof RequestError) return plainErrorResponse(apiError('malformed_request'));
  console.error('max-sandbox: unexpected error before the app:', error);
  return plainErrorResponse(apiError('unexpected_error'));
}

/**
 * Node's own check for HTTP/1.1 without `Host` answers a bare 400; it is off
 * (`requireHostHeader: false`) and done here instead, with the JSON body. HTTP/1.0 needs no Host.
 */
export function requireHostHeader(
  listener: (incoming: IncomingMessage, outgoing: ServerResponse) => unknown,
): (incoming: IncomingMessage, outgoing: ServerResponse) => unknown {
  return function checkHost(incoming, outgoing) {
    if (incoming.headers.host !== undefined || incoming.httpVersionMinor === 0) return listener(incoming, outgoing);
    const error = apiError('malformed_request');
    const body = errorBody(error);
    // Node leaves a body out of a HEAD response itself.
    outgoing.writeHead(error.status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
      [REASON_HEADER]: error.reason,
      Connection: 'close',
    });
    outgoing.end(body);
    return undefined;
  };
}

/** Closes the connection too, as every refusal before the app does: what follows on it is suspect. */
function plainErrorResponse(error: ApiError): Response {
  return new Response(errorBody(error), {
    status: error.status,
    headers: { 'Content-Type': 'application/json', [REASON_HEADER]: error.reason, Connection: 'close' },
  });
}

/** A whole HTTP/1.1 error response as bytes, closing the connection; the head only in reply to HEAD. */
function closingResponse(error: ApiError, head: boolean): string {
  const body = errorBody(error);
  return (
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status]}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\n${REASON_HEADER}: ${error.reason}\r\nConnection: close\r\n\r\n` +
    (head ? '' : body)
  );
}
