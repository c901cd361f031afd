import { connect } from 'node:net';

/** One HTTP exchange as bytes on the wire, for what `fetch` hides: framing, closes, resets. */
export interface RawAnswer {
  /** Every byte received, as latin1 text. */
  raw: string;
  /** The status code of the first response, or 0 when none came. */
  status: number;
  /** The first response's headers, names lower-cased. */
  headers: Record<string, string>;
  /** What follows the first response's head. */
  body: string;
  /** The server closed the connection (FIN or reset) before the test stopped reading. */
  closed: boolean;
  /** `ECONNREFUSED`, `ECONNRESET`, ...: a socket error, if any. */
  error?: string;
}

export interface RawOptions {
  /** Stop reading once one response is complete (by its Content-Length), not at the close. */
  untilResponse?: boolean;
  /** The response answers HEAD: it is complete at the end of its head. */
  head?: boolean;
  /** Give up after this long; what came so far is returned. Default 3 s. */
  timeoutMs?: number;
}

/** Sends `request` as is to 127.0.0.1:`port` and reads the answer, bounded in time. */
export function rawRequest(port: number, request: string | Buffer, options: RawOptions = {}): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    const finish = (closed: boolean, error?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...parse(Buffer.concat(chunks).toString('latin1')), closed, ...(error ? { error } : {}) });
    };
    const timer = setTimeout(() => finish(false), options.timeoutMs ?? 3000);
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      if (options.untilResponse && complete(Buffer.concat(chunks).toString('latin1'), options.head === true)) finish(false);
    });
    socket.on('end', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('error', (error: NodeJS.ErrnoException) => finish(true, error.code ?? error.message));
  });
}

function parse(raw: string): Omit<RawAnswer, 'closed'> {
  const end = raw.indexOf('\r\n\r\n');
  if (end === -1) return { raw, status: 0, headers: {}, body: '' };
  const [statusLine = '', ...lines] = raw.slice(0, end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { raw, status: Number(statusLine.split(' ')[1] ?? 0), headers, body: raw.slice(end + 4) };
}

function complete(raw: string, head: boolean): boolean {
  const { status, headers, body } = parse(raw);
  if (status === 0) return false;
  if (head) return true;
  const length = headers['content-length'];
  return length !== undefined && Buffer.byteLength(body, 'latin1') >= Number(length);
}
