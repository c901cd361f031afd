/**
 * A note's version IDs. Every version of a note has an `nte_` ID of its own; the first version's is
 * the note's stable root ID (its `id`). The later ones are derived from the root ID and the version
 * number, not stored nor drawn, so a note generated at version 3 and a note edited twice both know
 * the IDs of all their versions, and a reset gives the same IDs again.
 */
import { createHash } from 'node:crypto';
import { ID_PREFIXES } from './ids.js';

export function noteVersionId(rootId: string, version: number): string {
  if (version <= 1) return rootId;
  const hex = createHash('sha256').update(`${rootId}/version/${version}`).digest('hex');
  // Shaped like every other id: a v4 UUID without dashes (version nibble 4, variant 8-b).
  const variant = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${ID_PREFIXES.note}${hex.slice(0, 12)}4${hex.slice(13, 16)}${variant}${hex.slice(17, 32)}`;
}

/** Every version ID of a note at `version`, the root ID first. */
export function noteVersionIds(rootId: string, version: number): string[] {
  return Array.from({ length: Math.max(1, version) }, (_, index) => noteVersionId(rootId, index + 1));
}
