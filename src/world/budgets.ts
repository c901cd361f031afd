/**
 * The memory budgets of what the sandbox keeps because clients sent it (the journal of requests,
 * the outbox of emails), so that what a process can hold is a sum written down rather than
 * whatever clients happen to send: bounded by an estimate of size, not only by a count of
 * entries, since one 60 KB query string costs as much as a thousand short ones. The caches and
 * memos keep their limits in their own classes, each with the measurement that justifies it:
 * ResponseCache.MAX_BYTES (4 MiB), TargetMemo.MAX_BYTES (4 MiB), the journal's shared URLs
 * (Journal.INTERNED_BYTES, 1 MiB) and World.HELD_RECORDS_BUDGET (30,000 records).
 *
 * Sizes are estimated from string lengths. A JavaScript string of n UTF-16 code units takes about
 * n bytes when every character is Latin-1 (V8's one-byte strings: URLs, ids, JSON of ASCII
 * records) and 2n otherwise, plus a header of a few dozen bytes; so "bytes" below are code units,
 * and a budget's real cost is between 1x and 2x its figure. Where entries are small, a fixed
 * overhead per entry (the map slot, the object holding the strings) is counted as well.
 *
 * The sum, written in the README too: 25 MiB of strings (26 to 52 MB of memory) with the caches',
 * plus at most about 85 MB of generated records, plus a fixed cost per slot of `--journal-size`
 * (JOURNAL_SLOT_BYTES), plus the one response being written (100 records of at most about 8 KB),
 * on top of what the process takes idle (about 70 MB RSS): about 210 MB live at worst. RSS adds
 * what the collector has not reclaimed yet: 300 MB is the figure it is held to. It holds whatever
 * clients write because every string of a request body has a `maxLength` in the document, a
 * record that copies fields of a written one is never cached as JSON (ClinicData), and one clinic
 * larger than World.HELD_RECORDS_BUDGET is refused (World.fitsRecordBudget);
 * `test/http/worst-case-memory.test.ts` writes the worst and measures the real CLI's peak RSS
 * (219 to 260 MB).
 */

const KIB = 1024;
const MIB = 1024 * KIB;

/** Request targets and warnings the journal keeps, summed over its entries (Journal). */
export const JOURNAL_BYTES = 8 * MIB;
/** Longer request targets are kept as their first this many characters and a marker. */
export const JOURNAL_TARGET_LENGTH = 2 * KIB;
/**
 * What each slot of `--journal-size` costs whatever it holds, allocated at start: five typed
 * array cells, seven references and the clinic id read from a header. 150 KB at the default
 * 1,000; 150 MB at the 1,000,000 maximum, which is a setting, not something a client sends.
 */
export const JOURNAL_SLOT_BYTES = 150;

/**
 * Emails of `POST /v3/emails/send` (Outbox): every string of each email, a body sent to many
 * recipients counted once (the outbox shares it), plus OUTBOX_EMAIL_OVERHEAD each.
 */
export const OUTBOX_BYTES = 8 * MIB;
export const OUTBOX_EMAIL_OVERHEAD = 256;

/**
 * Coverage counters (Coverage): one row of operation x outcome counters (4 bytes each, about
 * 2.5 KB for 23 operations and 26 outcomes and `other`) per app and clinic a request named. Apps are the
 * fixture's; clinics are not bounded (a suite may make one per test), so past this many buckets a
 * clinic's counts go to its app's bucket of other clinics: every app's totals stay exact.
 */
export const COVERAGE_BUCKETS = 128;
/** Marks (`POST /_sandbox/coverage/marks`) kept, each a copy of the counters; past it the oldest is forgotten. */
export const COVERAGE_MARKS = 8;
