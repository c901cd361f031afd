import type { V3Handlers } from '../../http/operation.js';
import { appointmentHandlers } from './appointments.js';
import { billHandlers, claimHandlers } from './billing.js';
import { emailHandlers } from './emails.js';
import { inventoryHandlers } from './inventory.js';
import { marketplaceHandlers } from './marketplace.js';
import { noteHandlers } from './notes.js';
import { oauthHandlers } from './oauth.js';
import { patientHandlers } from './patients.js';
import { facilityHandlers, providerHandlers } from './providers-facilities.js';
import { taskHandlers } from './tasks.js';

/** Every `/v3` operation the sandbox implements, by the document's operationId. */
export const V3_HANDLERS: V3Handlers = {
  ...patientHandlers,
  ...appointmentHandlers,
  ...providerHandlers,
  ...facilityHandlers,
  ...billHandlers,
  ...claimHandlers,
  ...noteHandlers,
  ...marketplaceHandlers,
  ...emailHandlers,
  ...taskHandlers,
  ...inventoryHandlers,
  ...oauthHandlers,
};
