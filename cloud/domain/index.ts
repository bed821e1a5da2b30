// Public face of the cloud's domain: the anti-corruption layer from fridge events to Farmacy
// Food domain events, and the district decider (stock, catalog, reservations). Pure: no I/O.
export { decodeEpc, type DecodedEpc } from './sgtin96.js';
export { epcHex, epcBytes, isEpcBytes, EPC_BYTES } from './epc.js';
export { epcLists } from './fridge-events.js';
export { EDGE_TIME, edgeTimes, type EdgeTime, type EdgeTimeFlag } from './edge-time.js';
export * from './events.js';
export {
  defaultAclConfig,
  type AclConfig,
  type CancelReservation,
  type ClearTemperatureExcursion,
  type DecideContext,
  type DispatchOrder,
  type DistrictCommand,
  type MarkFridgeOffline,
  type MarkFridgeOnline,
  type MealFacts,
  type RefreshMealFacts,
  type RecordFridgeEvents,
  type RejectionReason,
  type ReserveMeal,
  type TagRecord,
  type Tick,
} from './commands.js';
export {
  initialDistrictState,
  evolve,
  forkState,
  availableOf,
  type DistrictState,
  type FridgeState,
  type Item,
  type Counts,
  type Reservation,
} from './state.js';
export { stateText, stateFromText, SnapshotUnreadable, STATE_FORMAT } from './snapshot.js';
export { decide, districtDecider, type DecideNotes, type DecideResult } from './decider.js';
export {
  stockView,
  mealStock,
  catalogView,
  type StockCounts,
  type FridgeStock,
  type CatalogView,
  type CatalogMeal,
} from './views.js';
