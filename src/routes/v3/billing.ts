import { byDateRange, byEquals, byStatuses } from '../../http/filters.js';
import { listBody, recordBody } from '../../http/list-response.js';
import type { V3Handlers } from '../../http/operation.js';
import { clinicOf } from './clinic-of.js';

export const billHandlers = {
  listBills(request, sandbox) {
    const bills = clinicOf(request, sandbox).table('bills');
    const { params } = request;
    let records = byDateRange(bills.items, params, (b) => b.dateOfService);
    records = byEquals(records, params.patientId, (b) => b.patientId);
    records = byEquals(records, params.facilityId, (b) => b.facilityId);
    return listBody(params, 'bills', bills, records);
  },
  getBill(request, sandbox) {
    const bills = clinicOf(request, sandbox).table('bills');
    return recordBody('Bill', bills, bills.get(request.params.id));
  },
} satisfies Pick<V3Handlers, 'listBills' | 'getBill'>;

export const claimHandlers = {
  listClaims(request, sandbox) {
    const claims = clinicOf(request, sandbox).table('claims');
    const { params } = request;
    let records = byDateRange(claims.items, params, (claim) => claim.dateOfService);
    records = byStatuses(records, params.statuses, (claim) => claim.claimStatus);
    records = byEquals(records, params.patientId, (claim) => claim.patientId);
    records = byEquals(records, params.billId, (claim) => claim.billId);
    return listBody(params, 'claims', claims, records);
  },
  getClaim(request, sandbox) {
    const claims = clinicOf(request, sandbox).table('claims');
    return recordBody('Claim', claims, claims.get(request.params.id));
  },
} satisfies Pick<V3Handlers, 'listClaims' | 'getClaim'>;
