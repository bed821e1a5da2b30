export { step, initialInventoryState, defaultInventoryConfig, type InventoryConfig, type InventoryState, type InventoryInput, type InventoryOutput, type StepResult } from './inventory.js';
