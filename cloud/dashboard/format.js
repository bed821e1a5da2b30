// @ts-check
// How the page writes times, temperatures and prices. Pure: no DOM, importable in Node.

/** A time of day in the browser's locale, to the second. */
export const time = (/** @type {number} */ ms) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Tenths of a degree as °C with one decimal. */
export const celsius = (/** @type {number} */ deci) => `${(deci / 10).toFixed(1)} °C`;

/** A price in its currency; '' without one. */
export const money = (/** @type {{ cents: number, currency: string } | undefined} */ p) =>
  p ? new Intl.NumberFormat(undefined, { style: 'currency', currency: p.currency }).format(p.cents / 100) : '';
