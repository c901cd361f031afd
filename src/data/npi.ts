/** National Provider Identifiers: 10 digits whose last digit is the Luhn check digit over "80840" + the first nine. */
import type { Faker } from './random.js';

/** The Luhn check digit CMS defines for an NPI's first nine digits. */
export function npiCheckDigit(firstNine: string): number {
  const digits = `80840${firstNine}`;
  let sum = 0;
  // Double every second digit from the right of the payload, starting with the rightmost.
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let digit = Number(digits[i]);
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether `value` is 10 digits with a valid NPI check digit. */
export function isValidNpi(value: string): boolean {
  return /^\d{10}$/.test(value) && npiCheckDigit(value.slice(0, 9)) === Number(value[9]);
}

/**
 * A well-formed NPI starting with 1 (individuals) or 2 (organizations). Synthetic: it is
 * not looked up anywhere, so it may happen to equal a real provider's public number.
 */
export function generateNpi(faker: Faker, firstDigit: 1 | 2): string {
  const firstNine = `${firstDigit}${faker.number.int({ min: 0, max: 99_999_999 }).toString().padStart(8, '0')}`;
  return `${firstNine}${npiCheckDigit(firstNine)}`;
}
