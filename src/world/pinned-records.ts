import { ApiError } from '../contract/api-error.js';
import { RECORD_RESOURCES } from '../records/kinds.js';
import type { WorldFixture } from './fixture-types.js';
import { FixtureError, WORLD_FILE } from './load-fixtures.js';
import type { RecordEditor } from './record-editor.js';
import type { PinnedRecord, World } from './world.js';

/**
 * Fills and checks the records the fixture pins to its clinics, in dependency order (patients
 * before the appointments naming them), so a pinned record may point at a pinned or generated
 * one. A record that breaks the document, or a reference to nothing, stops the start with an
 * error naming the clinic, the record and the field. Each is filled from a draw of its own
 * (`pinned:<resource>:<index>`), so editing one pinned record never changes another.
 */
export function pinFixtureRecords(fixture: WorldFixture, world: World, editor: RecordEditor): Map<string, PinnedRecord[]> {
  const pinned = new Map<string, PinnedRecord[]>();
  fixture.organizations.forEach((clinic, index) => {
    if (!clinic.records) return;
    // The world holds the fixture's clinics by the ids the fixture gives (lower-cased when loaded).
    const organization = world.organizations.get(clinic.id);
    if (!organization) return;
    const records: PinnedRecord[] = [];
    for (const resource of RECORD_RESOURCES) {
      (clinic.records[resource] ?? []).forEach((fields, position) => {
        try {
          records.push({ resource, record: editor.create(organization, resource, fields, `pinned:${resource}:${position}`) });
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          throw new FixtureError(
            WORLD_FILE,
            `organizations[${index}].records.${resource}[${position}]`,
            `${error.message} (clinic '${clinic.name}')`,
          );
        }
      });
    }
    pinned.set(organization.id, records);
  });
  return pinned;
}
