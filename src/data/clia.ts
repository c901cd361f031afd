/**
 * CLIA certificate numbers: the certificate a facility needs to run even CLIA-waived tests
 * (rapid strep, A1c), written as two digits, `D` and seven digits, e.g. `05D1234567`.
 */

/**
 * The facility's CLIA number, derived from its id: each facility keeps one number, and no
 * random stream shifts because claims started showing it.
 */
export function cliaNumberOf(facilityId: string): string {
  const hex = facilityId.slice(facilityId.indexOf('_') + 1);
  const area = (Number.parseInt(hex.slice(0, 4), 16) % 99) + 1;
  const serial = Number.parseInt(hex.slice(4, 12), 16) % 10_000_000;
  return `${String(area).padStart(2, '0')}D${String(serial).padStart(7, '0')}`;
}
