// @ts-check
/** Modal dialogs built on demand: a form, a confirmation, a JSON viewer. */
import { copyText } from './clipboard.js';
import { h } from './dom.js';

/** @typedef {import('./dom.js').Child} Child */

/**
 * @typedef {object} FormSpec
 * @property {string} name names the dialog for tests and styles (`data-dialog`)
 * @property {string} title
 * @property {string} [intro]
 * @property {Child[]} [fields]
 * @property {string} submit the label of the button that submits
 * @property {boolean} [danger] whether submitting destroys something
 * @property {{ action: string, label: string }[]} [extra] more buttons, each closing with its action
 */

/**
 * Opens a modal form. Resolves with the button's action (`submit` or an extra one) and the
 * form's values, or null when cancelled.
 *
 * @param {FormSpec} spec
 * @returns {Promise<{ action: string, data: FormData } | null>}
 */
export function formDialog(spec) {
  /** @type {{ action: string, data: FormData } | null} */
  let result = null;
  /** @param {string} action */
  const closeWith = (action) => {
    result = { action, data: new FormData(form) };
    dialog.close();
  };
  const form = h(
    'form',
    { method: 'dialog' },
    h('h2', {}, spec.title),
    spec.intro && h('p', { class: 'intro' }, spec.intro),
    spec.fields ?? [],
    h(
      'div',
      { class: 'buttons' },
      (spec.extra ?? []).map((button) =>
        h('button', { type: 'button', class: 'danger', onclick: () => closeWith(button.action) }, button.label),
      ),
      h('span', { class: 'spacer' }),
      h('button', { type: 'button', onclick: () => dialog.close() }, 'Cancel'),
      h('button', { type: 'submit', class: spec.danger ? 'danger' : 'primary' }, spec.submit),
    ),
  );
  const dialog = h('dialog', { class: 'form-dialog', 'data-dialog': spec.name }, form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (form.reportValidity()) closeWith('submit');
  });
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(result);
    });
    dialog.showModal();
  });
}

/**
 * Asks before something that cannot be undone from the console.
 *
 * @param {string} title
 * @param {string} text
 * @param {string} confirm the label of the button that goes ahead
 */
export async function confirmDialog(title, text, confirm) {
  const answer = await formDialog({ name: 'confirm', title, intro: text, submit: confirm, danger: true });
  return answer !== null;
}

/**
 * Shows a record (or any value) as indented JSON, with a button to copy it.
 *
 * @param {string} title
 * @param {unknown} value
 */
export function jsonDialog(title, value) {
  const json = JSON.stringify(value, null, 2);
  const copy = h('button', { type: 'button' }, 'Copy JSON');
  copy.addEventListener('click', () => copyText(json, copy));
  const close = h('button', { type: 'button', class: 'primary' }, 'Close');
  const dialog = h(
    'dialog',
    { class: 'json-dialog', 'data-dialog': 'json' },
    h('h2', {}, title),
    h('pre', { class: 'json' }, json),
    h('div', { class: 'buttons' }, h('span', { class: 'spacer' }), copy, close),
  );
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}

/**
 * A labelled field.
 *
 * @param {string} label
 * @param {HTMLElement} control
 * @param {string} [hint]
 */
export const field = (label, control, hint) =>
  h('label', { class: 'field' }, h('span', { class: 'label' }, label), control, hint ? h('span', { class: 'hint' }, hint) : '');

/**
 * A checkbox per scope, named `scope`; `checked` are ticked.
 *
 * @param {readonly string[]} scopes
 * @param {ReadonlySet<string>} checked
 */
export const scopeChecklist = (scopes, checked) =>
  h(
    'fieldset',
    { class: 'scope-list' },
    h('legend', {}, 'Scopes'),
    scopes.map((scope) =>
      h('label', {}, h('input', { type: 'checkbox', name: 'scope', value: scope, checked: checked.has(scope) }), scope),
    ),
  );
