import { successResponse } from '../../http/list-response.js';
import type { OperationHandler } from './handler.js';

export const marketplaceHandlers: Record<string, OperationHandler> = {
  getMarketplaceMe(c) {
    const app = c.var.app!;
    return successResponse(c, {
      app: { id: app.id, slug: app.slug, liveVersionId: app.liveVersionId },
      organization: { id: c.var.organization!.id },
      scopes: c.var.effectiveScopes,
    });
  },
};
