import { byEquals, bySearch } from '../../http/filters.js';
import { listResponse, recordResponse } from '../../http/list-response.js';
import { clinicOf, type OperationHandler } from './handler.js';

export const providerHandlers: Record<string, OperationHandler> = {
  listProviders(c, sandbox) {
    const { providers } = clinicOf(c, sandbox);
    const params = c.var.params!;
    let records = bySearch(providers.items, params.search, (p) => [
      `${p.firstName} ${p.lastName}`,
      `${p.displayFirstName} ${p.displayLastName}`,
    ]);
    records = byEquals(records, params.hidden, (p) => p.hidden);
    return listResponse(c, 'providers', providers, records);
  },
  getProvider(c, sandbox) {
    const { providers } = clinicOf(c, sandbox);
    return recordResponse(c, 'Provider', providers, providers.get(c.var.params!.id as string));
  },
};

export const facilityHandlers: Record<string, OperationHandler> = {
  listFacilities(c, sandbox) {
    const { facilities } = clinicOf(c, sandbox);
    const params = c.var.params!;
    let records = bySearch(facilities.items, params.search, (f) => [f.name]);
    records = byEquals(records, params.isVisible, (f) => f.isVisible);
    return listResponse(c, 'facilities', facilities, records);
  },
  getFacility(c, sandbox) {
    const { facilities } = clinicOf(c, sandbox);
    return recordResponse(c, 'Facility', facilities, facilities.get(c.var.params!.id as string));
  },
};
