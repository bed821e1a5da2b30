// @ts-check
// Small DOM helpers. The document is touched only when they are called.

const SVG = 'http://www.w3.org/2000/svg';

/** An element of the page by id (index.html has them all). */
export const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * An element the code itself created under `root` (so it is there).
 * @template {Element} [E=HTMLElement]
 * @param {ParentNode} root
 * @param {string} selector
 * @returns {E}
 */
export const one = (root, selector) => /** @type {E} */ (root.querySelector(selector));

/** @typedef {string | number | boolean | undefined | ((ev: Event) => void)} AttrValue */

/**
 * An element: `class`, `text`, `on<event>` and attributes (undefined and false: left out).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, AttrValue>} [attrs]
 * @param {Array<Node | string | null | undefined>} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') {
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    } else if (k === 'class') e.className = String(v);
    else if (k === 'text') e.textContent = String(v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== undefined && c !== null) e.append(c);
  return e;
}

/**
 * An SVG element.
 * @param {string} tag
 * @param {Record<string, string | number | undefined>} [attrs]
 * @param {string} [text]
 * @returns {SVGElement}
 */
export function svg(tag, attrs = {}, text) {
  const e = /** @type {SVGElement} */ (document.createElementNS(SVG, tag));
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Sets a text and flashes the element when the value changed.
 * @param {HTMLElement} e
 * @param {string | number} value
 */
export function setCount(e, value) {
  const text = String(value);
  if (e.textContent === text) return;
  const had = e.textContent !== '';
  e.textContent = text;
  if (had) {
    e.classList.remove('changed');
    void e.offsetWidth; // restart the animation
    e.classList.add('changed');
  }
}

/**
 * The notice under the header.
 * @param {string} text
 * @param {'info' | 'ok' | 'error'} [kind]
 */
export function notice(text, kind = 'info') {
  const n = $('notice');
  n.textContent = text;
  n.dataset.kind = kind;
  n.hidden = false;
}
