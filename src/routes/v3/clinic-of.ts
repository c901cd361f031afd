import type { Organization } from '../../world/world.js';
import type { ClinicData } from '../../world/clinic-data.js';
import type { Sandbox } from '../../world/sandbox.js';

/** The calling clinic's records. */
export function clinicOf(request: { organization: Organization }, sandbox: Sandbox): ClinicData {
  return sandbox.world.clinicData(request.organization);
}
