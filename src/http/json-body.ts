import type { Context } from 'hono';
import { apiError } from '../contract/api-error.js';
import type { SandboxEnv } from './request-variables.js';

/** 1 MiB, as documented in the OpenAPI description. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Reads the body as JSON: 400 when it is larger than the limit (checked while streaming, so a
 * huge body is never held whole), is not valid JSON, or is empty (unless `optional`: then `{}`).
 */
export async function readJsonBody(
  c: Context<SandboxEnv>,
  options: { optional?: boolean; limitBytes?: number } = {},
): Promise<unknown> {
  const limitBytes = options.limitBytes ?? BODY_LIMIT_BYTES;
  const declared = Number(c.req.header('Content-Length'));
  if (Number.isFinite(declared) && declared > limitBytes) {
    throw apiError('body_too_large', limitBytes);
  }
  const text = await readLimitedText(c.req.raw, limitBytes);
  if (text.trim() === '') {
    if (options.optional) return {};
    throw apiError('body_missing');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw apiError('invalid_json');
  }
}

async function readLimitedText(request: Request, limitBytes: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let next: Awaited<ReturnType<typeof reader.read>>;
    try {
      next = await reader.read();
    } catch {
      // The client sent a body Node could not parse (broken chunked encoding) or went away.
      throw apiError('body_unreadable');
    }
    const { done, value } = next;
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw apiError('body_too_large', limitBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
