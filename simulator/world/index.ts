export { FridgeWorld, type ShopperOptions, type WorldEvent, type WorldOptions } from './world.js';
export type { GroundTruth, Incident, ItemView, Removal, Addition, SessionRecord, SessionKind, PutBack, RemovalReason } from './ground-truth.js';
export {
  decodeSgtin96, encodeSgtin96, gtinToSgtin, sgtinToGtin, gs1CheckDigit, isValidGtin14, mealEpc,
  MAX_SGTIN96_SERIAL, type Sgtin, type DecodedSgtin96, type SgtinResult,
} from './sgtin96.js';
export { hourlyRate, nextArrivalDelay, nextIncidentDelay, delayToNextDaily, DAY_MS, HOUR_MS } from './schedule.js';
export { planShopper, sellable, type ShopperPlan } from './shopper.js';
