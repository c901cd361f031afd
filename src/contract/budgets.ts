/**
 * Every memory budget of the sandbox in one place, so that what a process can hold is a sum
 * written down rather than whatever clients happen to send. Each cache and ring buffer that
 * keeps something derived from a request is bounded here by an estimate of its size, not only by
 * a count of entries: one 60 KB query string costs as much as a thousand short ones.
 *
 * Sizes are estimated from string lengths. A JavaScript string of n UTF-16 code units takes about
 * n bytes when every character is Latin-1 (V8's one-byte strings: URLs, ids, JSON of ASCII
 * records) and 2n otherwise, plus a header of a few dozen bytes; so "bytes" below are code units,
 * and a budget's real cost is between 1x and 2x its figure. Where entries are small, a fixed
 * overhead per entry (the map slot, the object holding the strings) is counted as well.
 *
 * The sum, written in the README too: 25 MiB of strings (26 to 52 MB of memory), plus at most
 * about 85 MB of generated records (HELD_RECORDS_BUDGET x RECORD_BYTES_ESTIMATE, when every record
 * of every held clinic has been served), plus a fixed cost per slot of `--journal-size`
 * (JOURNAL_SLOT_BYTES), on top of what the process takes idle (about 70 MB RSS): about 210 MB at
 * worst, under the 256 MB the sandbox promises.
 */

const KIB = 1024;
const MIB = 1024 * KIB;

/** GET bodies, held as their UTF-8 bytes (counted exactly), with their targets (ResponseCache). */
export const RESPONSE_CACHE_BYTES = 4 * MIB;

/** Validated parameters and warnings remembered per request target, all `/v3` operations together (TargetMemo). */
export const PARAM_MEMO_BYTES = 4 * MIB;
/**
 * Targets longer than this are validated every time rather than remembered: a client's real
 * requests are a few hundred characters, and a long one is rarely sent twice.
 */
export const PARAM_MEMO_TARGET_LENGTH = 2 * KIB;
/** What a remembered target costs besides its strings: map slot, entry and parameters objects. */
export const PARAM_MEMO_ENTRY_OVERHEAD = 256;

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
/** URLs the journal shares between entries (a repeated URL is stored once): only short ones. */
export const JOURNAL_INTERNED_BYTES = 1 * MIB;
export const JOURNAL_INTERNED_URL_LENGTH = 512;

/**
 * Emails of `POST /v3/emails/send` (Outbox): every string of each email, a body sent to many
 * recipients counted once (the outbox shares it), plus OUTBOX_EMAIL_OVERHEAD each.
 */
export const OUTBOX_BYTES = 8 * MIB;
export const OUTBOX_EMAIL_OVERHEAD = 256;

/**
 * The clinic a key reached is remembered per key and operation with the `X-Organization-Id`
 * header it came with, when that header is this short (a UUID is 36 characters): a long one is
 * resolved again each time rather than held for as long as the key lives.
 */
export const ORGANIZATION_HEADER_REMEMBERED_LENGTH = 64;

/**
 * How many generated records the sandbox holds at once, summed over clinics: up to about 85 MB
 * (RECORD_BYTES_ESTIMATE each). Past it, the clinics used longest ago are
 * dropped; their records come back from the seed and their edits on next use, byte for byte. The
 * fixture's three clinics fit about ten times over, so only suites making many clinics regenerate.
 */
export const HELD_RECORDS_BUDGET = 30_000;
/**
 * What a generated record costs once its table and its served JSON are built: measured 2.8 KB
 * (the three fixture clinics, 7,087 records, every table and JSON built including notes with
 * their SOAP body: 19.9 MB of heap). A clinic only partly served costs less.
 */
export const RECORD_BYTES_ESTIMATE = 2.8 * KIB;

/** The string budgets above, summed: 25 MiB (plus HELD_RECORDS_BUDGET's records and the journal's slots). */
export const STRING_BUDGETS_TOTAL =
  RESPONSE_CACHE_BYTES + PARAM_MEMO_BYTES + JOURNAL_BYTES + JOURNAL_INTERNED_BYTES + OUTBOX_BYTES;
