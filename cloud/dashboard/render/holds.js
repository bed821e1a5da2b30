// @ts-check
// "Your reservations": the demo user's holds, kept in the tab's session storage.
import { $, el } from '../dom.js';
import { time } from '../format.js';
import { cancelHold, HOLDS_KEY } from '../reservations.js';
import { dropExpiredHolds, fridgeName, mealName, state } from '../state.js';

export function renderHolds() {
  const ul = $('holds');
  dropExpiredHolds(state, Date.now());
  sessionStorage.setItem(HOLDS_KEY, JSON.stringify([...state.holds.values()]));
  if (state.holds.size === 0) {
    ul.replaceChildren(el('li', { class: 'empty', text: state.token ? 'None. Use a Reserve button.' : 'Reserving needs the user token from the URL npm start prints.' }));
    return;
  }
  ul.replaceChildren(
    ...[...state.holds.values()].map((h) => {
      const button = el('button', { type: 'button', 'data-testid': 'cancel-hold', text: 'Cancel' });
      button.addEventListener('click', () => void cancelHold(h.id, button));
      return el('li', { 'data-testid': 'hold', 'data-reservation-id': h.id }, el('span', { text: `${h.quantity} × ${mealName(state, h.gtin)} at ${fridgeName(state, h.fridgeId)}, until ${time(h.expiresAtMs)} ` }), button);
    }),
  );
}
