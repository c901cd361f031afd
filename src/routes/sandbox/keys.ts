import { Hono } from 'hono';
import type { SandboxEnv } from '../../http/env.js';
import { readJsonBody } from '../../http/json-body.js';
import type { Sandbox } from '../../sandbox.js';
import type { CreateKeyInput } from '../../testing/admin-types.js';
import { newDataKey, newKeySecret } from '../../world/secrets.js';
import type { ApiKey } from '../../world/world.js';
import { unknownId } from './admin-errors.js';
import { isoOrNull, keyView } from './views.js';

/** `/_sandbox/keys`: create keys with chosen scopes and times, revoke, expire and rotate them. */
export function keyRoutes(sandbox: Sandbox): Hono<SandboxEnv> {
  const { world, clock } = sandbox;
  const routes = new Hono<SandboxEnv>();
  const keyOf = (id: string): ApiKey => {
    const key = world.keys.get(id);
    if (!key) throw unknownId('Key', id);
    return key;
  };

  routes.post('/', async (c) => {
    const input = sandbox.validateAdminBody<CreateKeyInput>('CreateKeyRequest', await readJsonBody(c));
    if (!world.apps.has(input.appId)) throw unknownId('App', input.appId);
    const environment = input.environment ?? sandbox.config.environment;
    const key = newDataKey({
      appId: input.appId,
      environment,
      scopes: input.scopes,
      description: input.description ?? null,
      expiresAt: input.expiresAt === undefined ? null : Date.parse(input.expiresAt),
      notBefore: input.notBefore === undefined ? null : Date.parse(input.notBefore),
    });
    world.addKey(key);
    return c.json(keyView(world, key), 201);
  });

  routes.get('/:id', (c) => c.json(keyView(world, keyOf(c.req.param('id')))));

  routes.post('/:id/revoke', (c) => {
    const key = keyOf(c.req.param('id'));
    key.revokedAt ??= clock.now();
    return c.json(keyView(world, key));
  });

  routes.post('/:id/expire', (c) => {
    const key = keyOf(c.req.param('id'));
    const now = clock.now();
    if (key.expiresAt === null || key.expiresAt > now) key.expiresAt = now;
    return c.json(keyView(world, key));
  });

  routes.post('/:id/rotate', async (c) => {
    const key = keyOf(c.req.param('id'));
    const input = sandbox.validateAdminBody<{ gracePeriodSeconds?: number }>(
      'RotateKeyRequest',
      await readJsonBody(c, { optional: true }),
    );
    const grace = input.gracePeriodSeconds ?? 0;
    const validUntil = grace > 0 ? clock.now() + grace * 1000 : null;
    world.rotateKey(key, newKeySecret(key.type, key.environment), validUntil);
    return c.json({ ...keyView(world, key), previousKeyValidUntil: isoOrNull(validUntil) });
  });

  return routes;
}
