import type { ClinicData } from '../../records/clinic-data.js';
import type { Sandbox } from '../../world/sandbox.js';
import type { Organization } from '../../world/world.js';

/** The calling clinic's records. */
export function clinicOf(request: { organization: Organization }, sandbox: Sandbox): ClinicData {
  return sandbox.world.clinicData(request.organization);
}
