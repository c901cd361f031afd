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
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const parsing = httpSocket.parser?.incoming;
  const rawMethod = methodOf((error as { rawPacket?: Buffer }).rawPacket);
  // The broken bytes start a new request, behind requests pipelined before it: those are answered
  // first, in order, then this error, then the close (else the error overtook them and they were lost).
  if (parsing === null || parsing === undefined || parsing.complete) {
    afterResponsesInFlight(httpSocket, () => {
      if (socket.writable) socket.end(closingResponse(apiError(clientErrorKind(error.code)), rawMethod === 'HEAD'));
    });
    return;
  }
  // The body of a request the app already has broke: its answer may be on the wire already,
  // where another status line would corrupt it.
  const inFlight = httpSocket._httpMessage;
  if (inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const method = parsing.method ?? inFlight?.req?.method ?? rawMethod;
  socket.end(closingResponse(apiError(clientErrorKind(error.code)), method === 'HEAD'));
}

/**
 * Runs `then` once every response the socket owes is written: Node writes pipelined responses
 * one after another, handing the socket to the next as each finishes.
 */
function afterResponsesInFlight(socket: HttpSocket, then: () => void): void {
  const response = socket._httpMessage;
  if (response && !response.writableFinished) {
    // Node's own finish handler (registered first) has passed the socket on by the time this runs.
    response.once('finish', () => afterResponsesInFlight(socket, then));
    response.once('close', () => {
      if (!response.writableFinished) socket.destroy();
    });
    return;
  }
  then();
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
 * What the specification refuses in a request's head before anything reads it, or null: HTTP/1.1
 * without `Host`, or with two (RFC 9112 3.2: 400; Node's own check for a missing one answers a
 * bare 400 and is off, `requireHostHeader: false`); a transfer coding other than `chunked` (RFC
 * 9112 6.1: 501; Node would read `gzip, chunked` as plain chunked).
 */
function headProblem(incoming: IncomingMessage): ErrorName | null {
  if (incoming.headers.host === undefined) return incoming.httpVersionMinor === 0 ? null : 'malformed_request';
  const codings = incoming.headers['transfer-encoding'];
  if (codings !== undefined && codings.trim().toLowerCase() !== 'chunked') return 'transfer_coding_unsupported';
  // Node keeps the first of two Host headers; only the raw list shows the second.
  let hosts = 0;
  const raw = incoming.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    if (name?.length === 4 && name.toLowerCase() === 'host') hosts++;
  }
  return hosts > 1 ? 'malformed_request' : null;
}

/** Answers a request the specification refuses in its head (headProblem) with the JSON error, and closes. */
export function requireHostHeader(
  listener: (incoming: IncomingMessage, outgoing: ServerResponse) => unknown,
): (incoming: IncomingMessage, outgoing: ServerResponse) => unknown {
  return function checkHead(incoming, outgoing) {
    const problem = headProblem(incoming);
    if (problem === null) return listener(incoming, outgoing);
    writeError(outgoing, apiError(problem));
    return undefined;
  };
}

/**
 * Node's `checkExpectation`: an `Expect` other than `100-continue` (RFC 9110 10.1.1) is 417, with
 * the JSON body instead of Node's bare status line.
 */
export function answerUnknownExpectation(_incoming: IncomingMessage, outgoing: ServerResponse): void {
  writeError(outgoing, apiError('expectation_unsupported'));
}

/** Writes an error on a response Node made, closing the connection; Node leaves the body out for HEAD. */
function writeError(outgoing: ServerResponse, error: ApiError): void {
  const body = errorBody(error);
  outgoing.writeHead(error.status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    [REASON_HEADER]: error.reason,
    Connection: 'close',
  });
  outgoing.end(body);
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
