import type { Environment } from '../contract/keys.js';
import { canonicalScope } from '../contract/scopes.js';
import type { Coverage, CoverageSelection } from './coverage.js';
import type { World } from './world.js';

/** One outcome of one operation in a report. */
export interface OutcomeCoverage {
  outcome: string;
  status: number;
  reason: string | null;
  hits: number;
}

/** One `/v3` operation in a report: its applicable outcomes, each with how often it was hit. */
export interface OperationCoverage {
  operationId: string;
  method: string;
  path: string;
  scope: string | null;
  applicable: number;
  hit: number;
  percent: number;
  outcomes: OutcomeCoverage[];
  /** Answers that are none of its documented outcomes (a body over 1 MiB, an Account API key). */
  otherHits: number;
}

/** One key of an app (of the sandbox's environment): what it holds, and what of that no request of the app used. */
export interface KeyScopes {
  keyId: string;
  status: string;
  scopes: string[];
  unusedScopes: string[];
}

/** Least privilege for one app: the scopes its live keys hold, those its successful requests needed, the difference. */
export interface AppScopes {
  appId: string;
  name: string;
  requests: number;
  heldScopes: string[];
  usedScopes: string[];
  unusedScopes: string[];
  keys: KeyScopes[];
  /** The difference in words: "key `key_x` holds `read:bills`, which no request used". */
  findings: string[];
}

export interface CoverageReport {
  appId: string | null;
  organizationId: string | null;
  since: { mark: string | null; time: string };
  /** False when some clinic shared a bucket, so a report of one clinic may miss some of its requests. */
  complete: boolean;
  applicable: number;
  hit: number;
  percent: number;
  operations: OperationCoverage[];
  apps: AppScopes[];
}

const percentOf = (hit: number, applicable: number) => (applicable === 0 ? 100 : Math.round((hit / applicable) * 1000) / 10);

/** The report of `GET /_sandbox/coverage`: outcomes by operation, and least privilege by app. */
export function coverageReport(
  coverage: Coverage,
  world: World,
  environment: Environment,
  selection: CoverageSelection,
): CoverageReport {
  const { plan } = coverage;
  const totals = coverage.totals(selection);
  let applicableSum = 0;
  let hitSum = 0;
  const operations = plan.operations.map((operation, index): OperationCoverage => {
    const base = index * plan.width;
    const outcomes: OutcomeCoverage[] = [];
    let otherHits = totals[base + plan.other]!;
    plan.outcomes.forEach((outcome, o) => {
      const hits = totals[base + o]!;
      if (!plan.applicable[index]![o]) otherHits += hits;
      else outcomes.push({ outcome: outcome.id, status: outcome.status, reason: outcome.reason, hits });
    });
    const hit = outcomes.filter((outcome) => outcome.hits > 0).length;
    applicableSum += outcomes.length;
    hitSum += hit;
    return {
      operationId: operation.operationId,
      method: operation.method,
      path: operation.path,
      scope: operation.scope,
      applicable: outcomes.length,
      hit,
      percent: percentOf(hit, outcomes.length),
      outcomes,
      otherHits,
    };
  });
  const appIds = selection.appId === undefined ? [...world.apps.keys()] : [selection.appId];
  return {
    appId: selection.appId ?? null,
    organizationId: selection.organizationId ?? null,
    since: {
      mark: selection.since?.id ?? null,
      time: new Date(selection.since?.atMs ?? coverage.startedAtMs).toISOString(),
    },
    complete: selection.organizationId === undefined || !coverage.overflowed,
    applicable: applicableSum,
    hit: hitSum,
    percent: percentOf(hitSum, applicableSum),
    operations,
    apps: appIds.flatMap((appId) => {
      const app = world.apps.get(appId);
      return app ? [appScopes(coverage, world, environment, selection, appId, app.name)] : [];
    }),
  };
}

/** What one app's keys hold against what its successful requests needed. */
function appScopes(
  coverage: Coverage,
  world: World,
  environment: Environment,
  selection: CoverageSelection,
  appId: string,
  name: string,
): AppScopes {
  const { plan } = coverage;
  const totals = coverage.totals({ ...selection, appId }, true);
  const used = new Set<string>();
  let requests = 0;
  plan.operations.forEach((operation, index) => {
    for (let o = 0; o < plan.width; o++) {
      const hits = totals[index * plan.width + o]!;
      requests += hits;
      if (hits > 0 && operation.scope !== null && plan.isSuccess(o)) used.add(operation.scope);
    }
  });
  const keys: KeyScopes[] = [];
  const held = new Set<string>();
  for (const key of world.keys.values()) {
    // A key of the other environment cannot call this sandbox: it holds nothing here.
    if (key.appId !== appId || key.environment !== environment) continue;
    const status = world.keyStatus(key);
    const scopes = [...new Set(key.scopes.map(canonicalScope))];
    if (status === 'active') for (const scope of scopes) held.add(scope);
    keys.push({ keyId: key.id, status, scopes, unusedScopes: scopes.filter((scope) => !used.has(scope)) });
  }
  const findings = keys
    .filter((key) => key.status === 'active')
    .flatMap((key) =>
      key.unusedScopes.map((scope) => `key \`${key.keyId}\` holds \`${scope}\`, which no request of ${appId} used`),
    );
  return {
    appId,
    name,
    requests,
    heldScopes: [...held].sort(),
    usedScopes: [...used].sort(),
    unusedScopes: [...held].filter((scope) => !used.has(scope)).sort(),
    keys,
    findings,
  };
}
