// What the edge and the cloud programs both use: command-line and environment options, and a
// clean exit on SIGINT/SIGTERM. Neither side owns it.
export { ConfigError, parseOptions, formatHelp, readFileOption, type OptionTable, type OptionSpec } from './cli-options.js';
export { exitCleanlyOnSignals } from './shutdown.js';
export { positiveIntsFromEnv } from './env-options.js';
export { dropOldest } from './bounded-cache.js';
