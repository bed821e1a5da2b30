export {
  Controller,
  type ControllerOptions,
  type ControllerRates,
  type ControllerStats,
  type ControllerTiming,
  type EmittedLine,
  type FridgeHardware,
} from './controller.js';
export { frame, frameCommand, lines, parseEdgeCommand, xorChecksum, LineAssembler, FCP_MAX_LINE, FCP_TOKEN, type EdgeCommand, type CommandParse } from './fcp-wire.js';
export { applyNoise, type Damage, type NoiseRates, type NoisyLine } from './line-noise.js';
