// @ts-check
// The catalog panel: each meal in scope with its facts and how many are available where.
import { $, el, one, setCount } from '../dom.js';
import { money } from '../format.js';
import { catalogTotals, mealName, state } from '../state.js';

export function renderCatalog() {
  const box = $('catalog');
  const totals = catalogTotals(state);
  const gtins = [...totals.keys()].sort((a, b) => (mealName(state, a) < mealName(state, b) ? -1 : 1));
  $('catalog-version').textContent = [...state.catalogVersions.entries()].map(([d, v]) => `${d} v${v}`).join(' · ');
  if (gtins.length === 0) {
    box.replaceChildren(el('p', { class: 'empty', text: 'No meals in scope.' }));
    return;
  }
  box.querySelector(':scope > .empty')?.remove();
  const keep = new Set(gtins);
  for (const c of [.../** @type {HTMLCollectionOf<HTMLElement>} */ (box.children)]) if (!keep.has(c.dataset.gtin ?? '')) c.remove();
  /** @type {Element | null} */
  let prev = null;
  for (const g of gtins) {
    let card = /** @type {HTMLElement | null} */ (box.querySelector(`:scope > [data-gtin="${g}"]`));
    if (card === null) {
      card = el(
        'article',
        { class: 'meal-card', 'data-testid': 'catalog-meal', 'data-gtin': g },
        el('header', {}, el('h3', {}), el('span', { class: 'price' })),
        el('p', { class: 'desc' }),
        el('dl', { class: 'nutrition' }),
        el('p', { class: 'allergens' }),
        el('p', { class: 'avail' }, el('strong', { 'data-testid': 'catalog-available' }), el('span', {})),
      );
    }
    const facts = state.facts.get(g);
    one(card, 'h3').textContent = facts?.name ?? g;
    one(card, '.price').textContent = money(facts?.price);
    const desc = one(card, '.desc');
    desc.textContent = facts?.description ?? '';
    desc.hidden = !facts?.description;
    /** @type {import('../state.js').Nutrition} */
    const n = facts?.nutrition ?? {};
    /** @type {Array<[string, number | undefined, string]>} */
    const items = [
      ['kcal', n.kcal, ''],
      ['protein', n.protein, ' g'],
      ['carbs', n.carbs, ' g'],
      ['fat', n.fat, ' g'],
      ['salt', n.salt, ' g'],
    ];
    const given = items.filter(([, v]) => v !== undefined);
    one(card, '.nutrition').replaceChildren(...given.flatMap(([k, v, unit]) => [el('dt', { text: k }), el('dd', { text: `${v}${unit}` })]));
    const allergens = facts?.allergens ?? [];
    one(card, '.allergens').replaceChildren(...allergens.map((a) => el('span', { class: 'allergen', text: a })));
    if (facts === undefined) one(card, '.allergens').textContent = 'facts loading…';
    else if (facts.partial === true) one(card, '.allergens').textContent = 'not in the catalog right now (none available)';
    const t = totals.get(g) ?? { available: 0, fridges: 0 };
    setCount(one(card, '[data-testid="catalog-available"]'), t.available);
    one(card, '.avail > span').textContent = ` available in ${t.fridges} fridge${t.fridges === 1 ? '' : 's'}`;
    card.classList.toggle('sold-out', t.available === 0);
    /** @type {Element | null} */
    const next = prev === null ? box.firstElementChild : prev.nextElementSibling;
    if (next !== card) box.insertBefore(card, next);
    prev = card;
  }
}
