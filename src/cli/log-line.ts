import { escapeLogText } from '../http/log-text.js';
import type { LogFormat } from '../settings/schema.js';

/**
 * A line the CLI prints about itself (start, warnings, shutdown) in the log format chosen: the
 * text as it always was, or one JSON object with the text as `message` and the fields beside it,
 * so that a log collector reading JSON lines never meets a line it cannot parse.
 */
export function cliLogLine(
  format: LogFormat,
  level: 'info' | 'warn',
  text: string,
  fields: Record<string, unknown> = {},
): string {
  // A message may carry a setting's text: no terminal escapes from it. Its own line breaks (the
  // exposure warning has several) are the CLI's and stay.
  if (format === 'text') return text.split('\n').map(escapeLogText).join('\n');
  return JSON.stringify({ time: new Date().toISOString(), level, message: text, ...fields });
}
