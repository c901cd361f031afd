import { createHash } from 'node:crypto';
import type { Context } from 'hono';

/** A file a page loads (the API reference's, the demo console's), held in memory once read. */
export interface StaticAsset {
  body: Uint8Array;
  contentType: string;
  /** From the content: a browser revalidates with `If-None-Match` and gets a 304. */
  etag: string;
}

export function staticAsset(body: Uint8Array | string, contentType: string): StaticAsset {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return { body: bytes, contentType, etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 22)}"` };
}

/**
 * 200 with the file, or 304 when the browser already holds this version. Revalidated on every
 * load (`no-cache`): a restarted sandbox may serve a newer file. `headers` are added to both.
 */
export function staticAssetResponse(c: Context, asset: StaticAsset, headers: Record<string, string> = {}): Response {
  const common = { ETag: asset.etag, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', ...headers };
  const ifNoneMatch = c.req.header('If-None-Match');
  if (ifNoneMatch !== undefined && matchesAnyTag(ifNoneMatch, asset.etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(asset.body, { status: 200, headers: { ...common, 'Content-Type': asset.contentType } });
}

/**
 * `If-None-Match` holds `*` or a list of tags, and is compared weakly (RFC 9110 13.1.2 and
 * 13.1.2's table): `W/"x"` matches `"x"`. A browser or proxy may send any of these forms.
 */
function matchesAnyTag(header: string, etag: string): boolean {
  const opaque = etag.replace(/^W\//, '');
  for (const listed of header.split(',')) {
    const tag = listed.trim();
    if (tag === '*' || tag.replace(/^W\//, '') === opaque) return true;
  }
  return false;
}
