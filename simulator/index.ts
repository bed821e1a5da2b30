// Public face of the fridge simulator: start a fridge world from a scenario and drive it
// (tests, the CLI), or run fleet load against a broker. Everything else is internal.
export { startSimulation, type Simulation, type StartOptions, type FridgeInfo, type LinkKind } from './simulation.js';
export { ManualClock, RealClock, type SimClock, type TimerHandle } from './support/clock.js';
export { createRng, type Rng } from './support/prng.js';
export {
  loadScenario, parseScenario, validateScenario, ScenarioError, PERFECT_RATES,
  type Scenario, type Rates, type TelemetrySpec, type TrafficSpec, type FleetSpec, type OutageSpec, type MealSpec, type FridgeSpec,
} from './scenario/index.js';
export type { GroundTruth, SessionRecord, Removal, Addition, Incident, ItemView, ShopperOptions, WorldEvent } from './world/index.js';
export { decodeSgtin96, encodeSgtin96, mealEpc, gtinToSgtin, sgtinToGtin, type DecodedSgtin96, type Sgtin } from './world/index.js';
export type { ControllerStats, EmittedLine, EdgeCommand } from './controller/index.js';
export { frameCommand } from './controller/index.js';
export { socatAvailable, type LinkEndpoint, type MemoryEdgeEnd } from './link/index.js';
export { runFleet, assertLoopback, fleetFridgeIds, type FleetOptions, type FleetReport } from './fleet/index.js';
