import type { Context } from 'hono';
import { identifyKey } from '../auth/authenticate.js';
import { organizationIdOf } from '../auth/organization.js';
import type { World } from '../world/world.js';
import type { SandboxEnv } from './request-variables.js';

/**
 * The key a request named, by id, as the journal and the log line name it: the authenticated
 * key, or on a 401 the key its bearer token names when the sandbox holds it (revoked, expired).
 */
export function requestKeyId(c: Context<SandboxEnv>, world: World, status: number): string | null {
  return (c.get('key') ?? (status === 401 ? identifyKey(world, c.req.header('Authorization')) : undefined))?.id ?? null;
}

/** The clinic a request named: the one it was resolved to, or the `X-Organization-Id` it sent. */
export function requestOrganizationId(c: Context<SandboxEnv>): string | null {
  return c.get('organization')?.id ?? organizationIdOf(c.req.header('X-Organization-Id'));
}
