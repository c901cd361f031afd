// @ts-check
/**
 * Building the page from data. Everything the sandbox sends (names, descriptions, email bodies,
 * query strings) becomes text nodes, never markup: an app can put anything in an email.
 */

/** @typedef {Node | string | number | null | undefined | false} Child */
/** @typedef {string | number | boolean | null | undefined | ((event: Event) => void)} PropValue */

/**
 * An element with attributes, listeners (`onclick`, ...) and children. `class` sets the class,
 * `false`, `null` and `undefined` leave an attribute out, `true` sets it empty.
 *
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, PropValue>} [props]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

/**
 * @param {Element} parent
 * @param {(Child | Child[])[]} children
 */
function append(parent, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
}

/**
 * Replaces an element's children.
 *
 * @param {Element} parent
 * @param {...(Child | Child[])} children
 */
export function fill(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * The page's element of that id, of the type the code expects: a renamed id fails loudly here
 * rather than as a `null` somewhere later.
 *
 * @template {Element} T
 * @param {string} id
 * @param {new () => T} type
 * @returns {T}
 */
export function byId(id, type) {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`the console page has no ${type.name} #${id}`);
  return element;
}

/**
 * `2026-06-01T12:00:03.123Z` -> `12:00:03`: the sandbox's clock is UTC, and so is every time shown.
 *
 * @param {string} iso
 */
export const timeOfDay = (iso) => iso.slice(11, 19);

/**
 * `2026-06-01T12:00:03.123Z` -> `2026-06-01 12:00`.
 *
 * @param {string | null | undefined} iso
 */
export const dateTime = (iso) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : '');

/**
 * Sets `options` on a select, keeping the chosen value when it is still one of them.
 *
 * @param {HTMLSelectElement} select
 * @param {{ value: string, label: string }[]} options
 */
export function setOptions(select, options) {
  const chosen = select.value;
  fill(
    select,
    options.map((option) => h('option', { value: option.value }, option.label)),
  );
  if (options.some((option) => option.value === chosen)) select.value = chosen;
}

/**
 * The attributes of a table row that opens something on click or Enter.
 *
 * @param {() => void} open
 * @returns {Record<string, PropValue>}
 */
export const opensOnClick = (open) => ({
  class: 'clickable',
  tabindex: 0,
  onclick: open,
  onkeydown: (event) => {
    if (event instanceof KeyboardEvent && event.key === 'Enter') open();
  },
});
