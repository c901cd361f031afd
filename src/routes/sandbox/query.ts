import { apiError } from '../../contract/api-error.js';

/** An integer query parameter of the admin API within [min, max], or undefined when absent. */
export function integerQuery(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,10}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw apiError('parameter_out_of_range', name, min, max);
  }
  return Number(value);
}
