// What the bench scripts share: the seeded key and clinic they send as, the request mixes of the
// A/B benchmarks (bench/ab.mjs, bench/ab-inprocess.mjs) and the median they report.

export const KEY = 'max_prd_ak_FullAccess0000000000000000000001';
export const ORG = '7e2c8cfe-b7a9-4deb-986d-e7012589e72b';
export const FIRST = '/v3/patients?pageSize=20';

/**
 * Request mixes, each a list of targets wrk cycles through. `default` is `npm run bench`'s one
 * request plus other list shapes a client sends, a few targets over and over (every GET after the
 * first answered from the response cache); `varied` sends 200 distinct pages of appointments and
 * `soap` 150 of notes with their SOAP body, more bodies than the response cache holds, so that
 * nearly every request is a miss that builds its body.
 */
export const MIXES = {
  bench: [FIRST],
  default: [
    FIRST,
    '/v3/appointments?pageSize=50&sortBy=scheduledStartDate',
    '/v3/notes?pageSize=20',
    '/v3/bills?page=2&pageSize=25',
    '/v3/providers',
  ],
  soap: Array.from({ length: 150 }, (_, i) => `/v3/notes?includeSoapNote=true&page=${(i % 3) + 1}&pageSize=${50 + (i % 50)}`),
  varied: Array.from({ length: 200 }, (_, i) => `/v3/appointments?page=${(i % 8) + 1}&pageSize=${50 + (i % 50)}`),
};

/** The mix named by AB_MIX (default `default`): its name and targets. */
export function mixFromEnv() {
  const name = process.env.AB_MIX ?? 'default';
  const targets = MIXES[name];
  if (!targets) throw new Error(`AB_MIX=${name}: one of ${Object.keys(MIXES).join(', ')}`);
  return { name, targets };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
