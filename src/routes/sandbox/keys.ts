import type { AdminHandlers } from '../../http/admin-operation.js';
import { newDataKey, newKeySecret } from '../../world/secrets.js';
import type { ApiKey, World } from '../../world/world.js';
import { unknownId } from './admin-errors.js';
import { isoOrNull, keyView } from './views.js';

function keyOf(world: World, id: string): ApiKey {
  const key = world.keys.get(id);
  if (!key) throw unknownId('Key', id);
  return key;
}

/** `/_sandbox/keys`: create keys with chosen scopes and times, revoke, expire and rotate them. */
export const keyHandlers = {
  sandboxCreateKey({ c, body }, { world, config }) {
    if (!world.apps.has(body.appId)) throw unknownId('App', body.appId);
    const key = newDataKey({
      appId: body.appId,
      environment: body.environment ?? config.environment,
      scopes: body.scopes,
      description: body.description ?? null,
      expiresAt: body.expiresAt === undefined ? null : Date.parse(body.expiresAt),
      notBefore: body.notBefore === undefined ? null : Date.parse(body.notBefore),
    });
    world.addKey(key);
    return c.json(keyView(world, key), 201);
  },

  sandboxGetKey({ c, params }, { world }) {
    return c.json(keyView(world, keyOf(world, params.id)));
  },

  sandboxRevokeKey({ c, params }, { world, clock }) {
    const key = keyOf(world, params.id);
    key.revokedAt ??= clock.now();
    return c.json(keyView(world, key));
  },

  sandboxExpireKey({ c, params }, { world, clock }) {
    const key = keyOf(world, params.id);
    const now = clock.now();
    if (key.expiresAt === null || key.expiresAt > now) key.expiresAt = now;
    return c.json(keyView(world, key));
  },

  sandboxRotateKey({ c, params, body }, { world, clock }) {
    const key = keyOf(world, params.id);
    const grace = body?.gracePeriodSeconds ?? 0;
    const validUntil = grace > 0 ? clock.now() + grace * 1000 : null;
    world.rotateKey(key, newKeySecret(key.type, key.environment), validUntil);
    return c.json({ ...keyView(world, key), previousKeyValidUntil: isoOrNull(validUntil) });
  },
} satisfies Pick<
  AdminHandlers,
  'sandboxCreateKey' | 'sandboxGetKey' | 'sandboxRevokeKey' | 'sandboxExpireKey' | 'sandboxRotateKey'
>;
