/** Money as the API writes it: integer cents inside, a two-decimal string outside. */
import type { Money } from './types.js';

/** `15000` -> `"150.00"`. Cents must be a non-negative integer. */
export function formatCents(cents: number): Money {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Expected non-negative integer cents, got ${cents}`);
  const whole = Math.floor(cents / 100);
  const fraction = cents % 100;
  return `${whole}.${fraction < 10 ? '0' : ''}${fraction}`;
}

/** `"150.00"` -> `15000`. */
export function parseMoney(value: Money): number {
  return Math.round(Number(value) * 100);
}
