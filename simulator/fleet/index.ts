export { runFleet, assertLoopback, fleetFridgeIds, type FleetOptions, type FleetReport } from './fleet.js';
export { VirtualFridge, type FleetCounters, type VirtualFridgeOptions } from './virtual-fridge.js';
export { LatencyRecorder, type LatencySummary } from './latency.js';
export { newStock, nextEvent, type FleetStock } from './fleet-events.js';
