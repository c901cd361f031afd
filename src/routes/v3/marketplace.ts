import { successBody } from '../../http/list-response.js';
import type { OperationHandler } from './handler.js';

export const marketplaceHandlers: Record<string, OperationHandler> = {
  getMarketplaceMe(c) {
    const app = c.get('app')!;
    return successBody({
      app: { id: app.id, slug: app.slug, liveVersionId: app.liveVersionId },
      organization: { id: c.get('organization')!.id },
      scopes: c.get('effectiveScopes'),
    });
  },
};
