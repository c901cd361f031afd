import type { SandboxKey } from '../../contract/schemas.js';
import type { ApiKey, World } from '../../world/world.js';

export const isoOrNull = (epochMs: number | null): string | null => (epochMs === null ? null : new Date(epochMs).toISOString());

/** A key as the admin API shows it: its secret, its state now, never more. */
export function keyView(world: World, key: ApiKey): SandboxKey {
  return {
    id: key.id,
    key: key.secret,
    type: key.type,
    environment: key.environment,
    appId: key.appId,
    scopes: [...key.scopes],
    status: world.keyStatus(key),
    expiresAt: isoOrNull(key.expiresAt),
    notBefore: isoOrNull(key.notBefore),
    revokedAt: isoOrNull(key.revokedAt),
    description: key.description,
  };
}
