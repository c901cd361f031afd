import { byDateRange, byEquals, byStatuses } from '../../http/filters.js';
import { listBody, recordBody } from '../../http/list-response.js';
import { clinicOf, type OperationHandler } from './handler.js';

export const billHandlers: Record<string, OperationHandler> = {
  listBills(c, sandbox) {
    const { bills } = clinicOf(c, sandbox);
    const params = c.get('params')!;
    let records = byDateRange(bills.items, params, (b) => b.dateOfService);
    records = byEquals(records, params.patientId, (b) => b.patientId);
    records = byEquals(records, params.facilityId, (b) => b.facilityId);
    return listBody(c, 'bills', bills, records);
  },
  getBill(c, sandbox) {
    const { bills } = clinicOf(c, sandbox);
    return recordBody('Bill', bills, bills.get(c.get('params')!.id as string));
  },
};

export const claimHandlers: Record<string, OperationHandler> = {
  listClaims(c, sandbox) {
    const { claims } = clinicOf(c, sandbox);
    const params = c.get('params')!;
    let records = byDateRange(claims.items, params, (claim) => claim.dateOfService);
    records = byStatuses(records, params.statuses, (claim) => claim.claimStatus);
    records = byEquals(records, params.patientId, (claim) => claim.patientId);
    records = byEquals(records, params.billId, (claim) => claim.billId);
    return listBody(c, 'claims', claims, records);
  },
  getClaim(c, sandbox) {
    const { claims } = clinicOf(c, sandbox);
    return recordBody('Claim', claims, claims.get(c.get('params')!.id as string));
  },
};
