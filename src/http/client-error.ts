import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';

/**
 * Node answers requests it cannot parse (headers over the size limit, a broken request line, bad
 * chunked encoding) itself, with a bare status line, before the app sees them. This writes the
 * API's JSON error envelope instead, so even those get a documented 4xx body.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || (error as { code?: string }).code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const body = JSON.stringify({
    code: 'bad_request',
    message: tooLarge ? 'Request headers are too large' : 'Malformed HTTP request',
    trace_id: randomUUID(),
  });
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Sandbox-Reason: malformed_request\r\nConnection: close\r\n\r\n${body}`,
  );
}
