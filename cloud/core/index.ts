// Public face of the application core: command handling per district, group commit, the bus
// of committed events, the lanes that keep live work ahead of backlogs, and time.
export { CommittedBus, type CommittedListener } from './bus.js';
export { CommandHandler, type CommandHandlerOptions, type EventSource, type HandleResult, type ToUnit } from './command-handler.js';
export { GroupCommitter, type GroupCommitOptions } from './group-commit.js';
export { Lanes, LANES, type Lane, type LaneBudget } from './lanes.js';
export { RegistryCache, type RegistryReads } from './registry-cache.js';
export { Ticker } from './ticker.js';
export { createApplicationCore, GROUP_LIMITS, type ApplicationCore, type CoreStore } from './application.js';
export { ReadLane, ReadLaneFull, type ReadLaneOptions } from './read-lane.js';
export { breather, codeDigest, codeVersion, DEFAULT_SNAPSHOT_EVERY, DistrictSnapshots, type FoldReport, type Mark, type SaveOutcome, type SnapshotOptions, type SnapshotRefusal } from './snapshots.js';
