import { successBody } from '../../http/list-response.js';
import type { V3Handlers } from '../../http/operation.js';

export const marketplaceHandlers = {
  getMarketplaceMe({ app, organization, effectiveScopes }) {
    return successBody({
      app: { id: app.id, slug: app.slug, liveVersionId: app.liveVersionId },
      organization: { id: organization.id },
      scopes: effectiveScopes,
    });
  },
} satisfies Pick<V3Handlers, 'getMarketplaceMe'>;
