export type { Outbox, OutboxRow, OutboxStats, NewEvent, CompactionOutcome, CompactionClass } from './outbox.js';
export { classify } from './outbox.js';
export { planCompaction, type CompactionPlan, type CompactionCandidate } from './compaction.js';
export { SqliteOutbox, OutboxFridgeMismatchError } from './outbox-sqlite.js';
export { MemoryOutbox } from './outbox-memory.js';
export { OutboxBound, type OutboxBoundOptions } from './bound.js';
