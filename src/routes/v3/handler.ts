import type { Context } from 'hono';
import type { SandboxEnv } from '../../http/env.js';
import type { ClinicData } from '../../world/clinic-data.js';
import type { Sandbox } from '../../sandbox.js';

/**
 * Answers one operation of the document after the pipeline has authorised and validated it:
 * returns the JSON body of its 200, or throws an ApiError. The pipeline writes the response.
 */
export type OperationHandler = (c: Context<SandboxEnv>, sandbox: Sandbox) => string | Promise<string>;

/** The calling clinic's records. */
export function clinicOf(c: Context<SandboxEnv>, sandbox: Sandbox): ClinicData {
  return sandbox.world.clinicData(c.get('organization')!);
}
