import { byEquals, byMatch, bySearch } from '../../http/filters.js';
import { listBody, recordBody } from '../../http/list-response.js';
import type { V3Handlers } from '../../http/operation.js';
import { clinicOf } from './clinic-of.js';

export const providerHandlers = {
  listProviders(request, sandbox) {
    const providers = clinicOf(request, sandbox).table('providers');
    const { params } = request;
    let records = bySearch(providers.items, params.search, (p) => [
      `${p.firstName} ${p.lastName}`,
      `${p.displayFirstName} ${p.displayLastName}`,
    ]);
    records = byEquals(records, params.hidden, (p) => p.hidden);
    records = byMatch(records, params.roleId, (p, role) => p.roles.includes(role));
    return listBody(params, 'providers', providers, records);
  },
  getProvider(request, sandbox) {
    const providers = clinicOf(request, sandbox).table('providers');
    return recordBody('Provider', providers, providers.get(request.params.id));
  },
} satisfies Pick<V3Handlers, 'listProviders' | 'getProvider'>;

export const facilityHandlers = {
  listFacilities(request, sandbox) {
    const facilities = clinicOf(request, sandbox).table('facilities');
    const { params } = request;
    let records = bySearch(facilities.items, params.search, (f) => [f.name]);
    records = byEquals(records, params.isVisible, (f) => f.isVisible);
    return listBody(params, 'facilities', facilities, records);
  },
  getFacility(request, sandbox) {
    const facilities = clinicOf(request, sandbox).table('facilities');
    return recordBody('Facility', facilities, facilities.get(request.params.id));
  },
} satisfies Pick<V3Handlers, 'listFacilities' | 'getFacility'>;
