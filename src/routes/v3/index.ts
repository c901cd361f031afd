import { appointmentHandlers } from './appointments.js';
import { billHandlers, claimHandlers } from './billing.js';
import { emailHandlers } from './emails.js';
import type { OperationHandler } from './handler.js';
import { marketplaceHandlers } from './marketplace.js';
import { noteHandlers } from './notes.js';
import { patientHandlers } from './patients.js';
import { facilityHandlers, providerHandlers } from './providers-facilities.js';

/** Every `/v3` operation the sandbox implements, by the document's operationId. */
export const V3_HANDLERS: Readonly<Record<string, OperationHandler>> = {
  ...patientHandlers,
  ...appointmentHandlers,
  ...providerHandlers,
  ...facilityHandlers,
  ...billHandlers,
  ...claimHandlers,
  ...noteHandlers,
  ...marketplaceHandlers,
  ...emailHandlers,
};
