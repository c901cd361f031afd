import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isKeyOf, KEY_PREFIXES } from '../contract/keys.js';
import { isKnownScope } from '../contract/scopes.js';
import { compileSchema } from '../openapi/json-schema.js';
import { fieldName, violationText } from '../openapi/validation-messages.js';
import { referenceDateRangeProblem } from '../settings/reference-date.js';
import { WORLD_FIXTURE_SCHEMA } from './fixture-schema.js';
import type { WorldFixture } from './fixture-types.js';
import { recordWeight, World } from './world.js';

/** The fixtures that ship with the package. */
export const DEFAULT_FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const WORLD_FILE = 'world.json';

/** A fixture file that cannot be served; the message names the file and the field. */
export class FixtureError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field}: ${detail}`);
    this.name = 'FixtureError';
  }
}

/** Reads and checks `<dir>/world.json`: its shape, then every cross-reference. */
export function loadFixtures(dir: string = DEFAULT_FIXTURES_DIR): WorldFixture {
  const file = join(dir, WORLD_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new FixtureError(file, '(file)', `cannot be read: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    // Editors on Windows save UTF-8 with a byte-order mark; JSON.parse refuses it, a user would not.
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    throw new FixtureError(file, '(file)', `is not valid JSON: ${(error as Error).message}`);
  }
  return checkWorldFixture(data, file);
}

/** Checks an already parsed world (from a file or an API body); `source` names it in errors. */
export function checkWorldFixture(data: unknown, source: string): WorldFixture {
  const violation = compileSchema(WORLD_FIXTURE_SCHEMA as unknown as Record<string, unknown>)(data);
  if (violation) {
    const path = violation.property === undefined ? violation.path : [...violation.path, violation.property];
    throw new FixtureError(source, fieldName('', path) || '(root)', violationText(violation));
  }
  const world = data as WorldFixture;
  checkReferences(world, source);
  return withLowerCaseOrganizationIds(world);
}

/**
 * The world with its organization ids in lower case. `X-Organization-Id` and every `/_sandbox`
 * path are read case-insensitively and looked up in lower case, so an id written in upper case
 * would name a clinic nothing could reach: every request to it would be 403.
 */
function withLowerCaseOrganizationIds(world: WorldFixture): WorldFixture {
  return {
    ...world,
    organizations: world.organizations.map((organization) => ({ ...organization, id: organization.id.toLowerCase() })),
    installations: world.installations.map((installation) => ({
      ...installation,
      organizationId: installation.organizationId.toLowerCase(),
    })),
  };
}

function checkReferences(world: WorldFixture, file: string): void {
  const fail = (field: string, detail: string): never => {
    throw new FixtureError(file, field, detail);
  };
  const unique = (items: { id: string }[], name: string, caseInsensitive = false) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = caseInsensitive ? item.id.toLowerCase() : item.id;
      if (seen.has(id))
        fail(`${name}[${i}].id`, `duplicate id '${item.id}'${caseInsensitive ? ' (ids are compared in lower case)' : ''}`);
      seen.add(id);
    });
    return seen;
  };
  // The schema checked that Date can represent it; records a century before it must still print as four-digit years.
  const outside = referenceDateRangeProblem(Date.parse(world.referenceDate), world.referenceDate);
  if (outside) fail('referenceDate', outside);
  const organizations = unique(world.organizations, 'organizations', true);
  world.organizations.forEach((organization, i) => {
    const counts = { ...world.recordCounts, ...organization.recordCounts };
    const weight = recordWeight(counts);
    if (weight > World.HELD_RECORDS_BUDGET) {
      fail(
        organization.recordCounts ? `organizations[${i}].recordCounts` : 'recordCounts',
        `would make about ${Math.ceil(weight)} records (patients + providers + facilities + staffUsers + 4 x patients x appointmentsPerPatient + 165 x facilities + 16): a clinic may have at most ${World.HELD_RECORDS_BUDGET}, the records the sandbox holds at once`,
      );
    }
  });
  const apps = unique(world.apps, 'apps');
  unique(world.keys, 'keys');
  const scopesKnown = (scopes: string[], field: string) => {
    scopes.forEach((scope, i) => {
      if (!isKnownScope(scope)) fail(`${field}[${i}]`, `unknown scope '${scope}'`);
    });
  };

  const installed = new Set<string>();
  world.installations.forEach((installation, i) => {
    const at = `installations[${i}]`;
    if (!apps.has(installation.appId)) fail(`${at}.appId`, `no app '${installation.appId}' in apps`);
    const organizationId = installation.organizationId.toLowerCase();
    if (!organizations.has(organizationId)) {
      fail(`${at}.organizationId`, `no organization '${installation.organizationId}' in organizations`);
    }
    const pair = `${installation.appId}/${organizationId}`;
    if (installed.has(pair)) fail(at, `app '${installation.appId}' is installed twice in this organization`);
    installed.add(pair);
    scopesKnown(installation.grantedScopes, `${at}.grantedScopes`);
  });

  const secrets = new Set<string>();
  world.keys.forEach((key, i) => {
    const at = `keys[${i}]`;
    if (!isKeyOf(key.key, key.type, key.environment)) {
      fail(
        `${at}.key`,
        `a ${key.environment} ${key.type} key must be '${KEY_PREFIXES[key.type][key.environment]}' followed by 32 to 64 letters or digits`,
      );
    }
    if (secrets.has(key.key)) fail(`${at}.key`, 'duplicate key');
    secrets.add(key.key);
    if (key.type === 'data' && (key.appId === null || !apps.has(key.appId))) {
      fail(`${at}.appId`, `a data key needs the id of an app in apps, not '${key.appId}'`);
    }
    if (key.type === 'account' && key.appId !== null) fail(`${at}.appId`, 'an account key belongs to no app: use null');
    scopesKnown(key.scopes, `${at}.scopes`);
  });
}
