// @ts-check
/**
 * Copies `text`, and says so on `button` for a moment. The Clipboard API exists only in a secure
 * context (https, or http on localhost and 127.0.0.1); a console opened at a LAN address falls
 * back to the older copy command.
 *
 * @param {string} text
 * @param {HTMLButtonElement} button
 */
export async function copyText(text, button) {
  let copied = false;
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      copied = true;
    }
  } catch {
    // Refused (no focus, no permission): try the fallback.
  }
  if (!copied) copied = copyWithSelection(text);
  // The label before the first click: a second click within the moment must not keep "Copied".
  const label = (button.dataset.label ??= button.textContent ?? '');
  button.textContent = copied ? 'Copied' : 'Copy failed';
  button.dataset.copied = String(copied);
  setTimeout(() => {
    button.textContent = label;
    delete button.dataset.copied;
  }, 1500);
}

/** @param {string} text */
function copyWithSelection(text) {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'offscreen';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
