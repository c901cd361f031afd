// @ts-check
/**
 * The canonical scopes, in the document's order: what grants and new keys are picked from. A
 * test keeps this list equal to src/contract/scopes.ts (the page cannot import server code).
 */
export const SCOPES = Object.freeze([
  'read:patients',
  'read:appointments',
  'read:providers',
  'read:facilities',
  'read:bills',
  'read:claims',
  'read:notes',
  'read:soap_notes',
  'read:tasks',
  'read:inventory',
  'read:products',
  'write:emails',
  'write:soap_notes',
  'write:tasks',
]);

/**
 * Whether `scopes` holds every canonical scope: shown as one chip, not fourteen.
 *
 * @param {readonly string[]} scopes
 */
export const hasEveryScope = (scopes) => SCOPES.every((scope) => scopes.includes(scope));
