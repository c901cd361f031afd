import { createHash } from 'node:crypto';

/** Street names and Texas cities for the addresses the OAuth token response shows (synthetic). */
const STREETS = ['Main St', 'Oak Ave', 'Cedar Ln', 'Elm St', 'Lakeview Dr', 'Park Blvd', 'Mesquite Rd', 'Pecan St'];
const CITIES = [
  ['Austin', '787'],
  ['Round Rock', '786'],
  ['San Marcos', '786'],
  ['Georgetown', '786'],
] as const;

/**
 * A facility's one-line address, `123 Main St, Austin, TX 78701` as api-model A7 shows it:
 * the `/v3` facility record has no address, so it is derived from the facility id alone, the
 * same every time.
 */
export function facilityAddress(facilityId: string): string {
  const digest = createHash('sha256').update(facilityId).digest();
  const number = 100 + (digest.readUInt16BE(0) % 9800);
  const street = STREETS[(digest[2] ?? 0) % STREETS.length];
  const [city, zipPrefix] = CITIES[(digest[3] ?? 0) % CITIES.length] ?? CITIES[0];
  const zip = `${zipPrefix}${String((digest[4] ?? 0) % 100).padStart(2, '0')}`;
  return `${number} ${street}, ${city}, TX ${zip}`;
}
