/**
 * What a log line may carry of a request's bytes. A decoded path can hold a newline (a whole
 * forged line after it) or terminal escapes (`ESC[2J` clears the screen of whoever reads the
 * log); written as is, the request writes the log. Escaped here, as `\n`, `\xNN` or `\uNNNN`.
 */

/** C0 and C1 controls, DEL, the backslash (so an escape cannot be faked) and Unicode line breaks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\\u2028\u2029]/g;
/** The same, and the space: in the text line fields are separated by spaces. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
const UNSAFE_IN_FIELD = /[\u0000-\u0020\u007f-\u009f\\\u2028\u2029]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

function escapeCharacter(character: string): string {
  const named = NAMED[character];
  if (named !== undefined) return named;
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text for a line a person reads: one line, no control sequences. */
export function escapeLogText(text: string): string {
  return text.replace(UNSAFE, escapeCharacter);
}

/** One field of a space-separated text line: also no space, so it stays one field. */
export function escapeLogField(text: string): string {
  return text.replace(UNSAFE_IN_FIELD, escapeCharacter);
}
