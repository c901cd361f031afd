/**
 * Prefixed record ids: a type prefix and 32 lowercase hex digits, a v4 UUID without dashes,
 * drawn from a seeded Faker so that the same seed gives the same ids.
 */
import { HEX32 } from '../contract/ids.js';
import type { Faker } from './random.js';

/** The id prefix of each record type. */
export const ID_PREFIXES = {
  patient: 'pat_',
  appointment: 'apt_',
  provider: 'prv_',
  facility: 'fac_',
  staffUser: 'usr_',
  bill: 'bil_',
  claim: 'clm_',
  note: 'nte_',
  task: 'tsk_',
  codingGroup: 'cg_',
  // Undocumented upstream: three letters and an underscore, like the documented prefixes.
  diagnosis: 'dgn_',
  lineItem: 'lin_',
  // Documented (api-model A7).
  product: 'prd_',
  inventoryChange: 'chg_',
  inventoryItem: 'cit_',
} as const;
/** A record type's id prefix: lowercase letters and an underscore, such as those above. */
export type IdPrefix = `${string}_`;

const HEX_32 = new RegExp(`^${HEX32}$`);

function hexWord(faker: Faker): string {
  return faker.number.int(0xffffffff).toString(16).padStart(8, '0');
}

/** A new id such as `pat_1f2c16a9038d4f97a70402293873685d`. */
export function prefixedId(faker: Faker, prefix: IdPrefix): string {
  const hex = hexWord(faker) + hexWord(faker) + hexWord(faker) + hexWord(faker);
  // Shape it like a v4 UUID: version nibble 4, variant nibble 8-b.
  const variant = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${prefix}${hex.slice(0, 12)}4${hex.slice(13, 16)}${variant}${hex.slice(17)}`;
}

/** Whether `value` is `prefix` followed by 32 lowercase hex digits. */
export function isPrefixedId(value: string, prefix: IdPrefix): boolean {
  return value.startsWith(prefix) && HEX_32.test(value.slice(prefix.length));
}
