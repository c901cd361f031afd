import { byEquals, bySearch } from '../../http/filters.js';
import { listBody, recordBody } from '../../http/list-response.js';
import { clinicOf, type OperationHandler } from './handler.js';

export const providerHandlers: Record<string, OperationHandler> = {
  listProviders(c, sandbox) {
    const { providers } = clinicOf(c, sandbox);
    const params = c.get('params')!;
    let records = bySearch(providers.items, params.search, (p) => [
      `${p.firstName} ${p.lastName}`,
      `${p.displayFirstName} ${p.displayLastName}`,
    ]);
    records = byEquals(records, params.hidden, (p) => p.hidden);
    return listBody(c, 'providers', providers, records);
  },
  getProvider(c, sandbox) {
    const { providers } = clinicOf(c, sandbox);
    return recordBody('Provider', providers, providers.get(c.get('params')!.id as string));
  },
};

export const facilityHandlers: Record<string, OperationHandler> = {
  listFacilities(c, sandbox) {
    const { facilities } = clinicOf(c, sandbox);
    const params = c.get('params')!;
    let records = bySearch(facilities.items, params.search, (f) => [f.name]);
    records = byEquals(records, params.isVisible, (f) => f.isVisible);
    return listBody(c, 'facilities', facilities, records);
  },
  getFacility(c, sandbox) {
    const { facilities } = clinicOf(c, sandbox);
    return recordBody('Facility', facilities, facilities.get(c.get('params')!.id as string));
  },
};
