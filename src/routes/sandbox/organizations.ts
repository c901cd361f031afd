import { randomBytes, randomUUID } from 'node:crypto';
import { apiError } from '../../contract/api-error.js';
import type { CreateOrganizationInput, ThrowawayOrganization } from '../../contract/schemas.js';
import { ALL_SCOPES } from '../../contract/scopes.js';
import type { AdminHandlers } from '../../http/admin-operation.js';
import { newDataKey } from '../../world/secrets.js';
import { type Organization, recordWeight } from '../../world/world.js';
import { organizationOf, unknownId } from './admin-errors.js';
import { keyView } from './views.js';

/**
 * `/_sandbox/organizations`. POST: a throwaway clinic with its own records (generated from its
 * seed on first use, sized by `recordCounts`), its installations and a data key per app. Parallel
 * tests sharing one sandbox each take their own clinic and never see each other's data. Gone at
 * reset, or at once by DELETE, so a suite making one per test does not grow without bound.
 */
export const organizationHandlers = {
  sandboxCreateOrganization({ c, body: input = {} }, { world, config }) {
    // The world's first app is the sandbox's own app: the default to install.
    const apps: NonNullable<CreateOrganizationInput['apps']> =
      input.apps ?? [...world.apps.keys()].slice(0, 1).map((appId) => ({ appId }));
    for (const app of apps) if (!world.apps.has(app.appId)) throw unknownId('App', app.appId);

    // Zero is allowed (an empty clinic); the generators give empty lists for it.
    const recordCounts = { ...world.fixture.recordCounts, ...input.recordCounts };
    if (!world.fitsRecordBudget(recordCounts)) {
      throw apiError('record_counts_over_budget', recordWeight(recordCounts), world.heldRecordsBudget);
    }

    const id = randomUUID();
    const seed = input.seed ?? randomBytes(8).toString('hex');
    const organization: Organization = {
      id,
      name: input.name ?? `Throwaway Clinic ${id.slice(0, 8)}`,
      description: 'Made at run time by POST /_sandbox/organizations; gone at reset.',
      seed,
      recordCounts,
      throwaway: true,
      keyIds: [],
    };
    world.addOrganization(organization);

    const result: ThrowawayOrganization = {
      organization: {
        id,
        name: organization.name,
        description: organization.description,
        throwaway: true,
        seed,
        recordCounts: { ...organization.recordCounts },
      },
      installations: [],
      keys: [],
    };
    for (const app of apps) {
      const grantedScopes = [...new Set(app.grantedScopes ?? ALL_SCOPES)];
      const installation = { appId: app.appId, organizationId: id, grantedScopes };
      world.putInstallation(installation);
      const key = newDataKey({
        appId: app.appId,
        environment: config.environment,
        scopes: grantedScopes,
        description: `Data key of the throwaway clinic ${id}`,
      });
      world.addKey(key);
      organization.keyIds.push(key.id);
      result.installations.push({ ...installation, grantedScopes: [...grantedScopes] });
      result.keys.push(keyView(world, key));
    }
    return c.json(result, 201);
  },

  sandboxDeleteOrganization({ c, params }, { world }) {
    const organization = organizationOf(world, params.id);
    if (!organization.throwaway) throw apiError('organization_not_throwaway', organization.id);
    world.removeOrganization(organization);
    return c.body(null, 204);
  },
} satisfies Pick<AdminHandlers, 'sandboxCreateOrganization' | 'sandboxDeleteOrganization'>;
