export * from './types.js';
export { validateScenario, type ScenarioValidation } from './validate.js';
export { loadScenario, readScenarioFile, parseScenario, scenarioPath, ScenarioError, SCENARIO_DIR } from './load.js';
