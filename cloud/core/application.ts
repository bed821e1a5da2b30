// The application core as one piece: the bus of committed events, the group committer that
// feeds it, and the command handler of the districts, wired once (the app and the tests).
import type { Logger } from 'pino';
import type { AclConfig } from '../domain/index.js';
import type { DistrictFence, GroupCommitStore, SnapshotStore } from '../store/index.js';
import { CommittedBus } from './bus.js';
import { CommandHandler, type EventSource } from './command-handler.js';
import { GroupCommitter } from './group-commit.js';
import type { RegistryReads } from './registry-cache.js';
import { codeVersion, DistrictSnapshots, type FoldReport, type SnapshotOptions } from './snapshots.js';

export interface ApplicationCore {
  bus: CommittedBus;
  committer: GroupCommitter;
  core: CommandHandler;
}

/** A transaction holds at most this many batches and commands, and this much weight (events). */
export const GROUP_LIMITS = { maxUnits: 512, maxWeight: 5_000, maxWeightUrgent: 1_000 };

/** What the core needs of the store: the registry's tags and meals, a district's events and snapshots, group commits. */
export type CoreStore = RegistryReads & EventSource & GroupCommitStore & SnapshotStore;

export function createApplicationCore(o: {
  store: CoreStore;
  log: Logger;
  acl?: Partial<AclConfig>;
  now?: () => number;
  fenceOf?: (district: string) => DistrictFence | undefined;
  onGroup?: (g: { units: number; weight: number; ms: number; failed: number }) => void;
  /** District snapshots: every this many events (0: none), and what to tell of them. */
  snapshots?: Pick<SnapshotOptions, 'every' | 'onSaved' | 'version' | 'defer'>;
  /** How each district state was made (metrics, logs). */
  onFold?: (f: FoldReport) => void;
}): ApplicationCore {
  const bus = new CommittedBus(o.log.child({ component: 'bus' }));
  const committer = new GroupCommitter({ store: o.store, ...GROUP_LIMITS, onCommitted: (stored) => bus.publish(stored), ...(o.onGroup ? { onGroup: o.onGroup } : {}) });
  const snapshotLog = o.log.child({ component: 'snapshots' });
  const every = o.snapshots?.every ?? 0;
  const version = every > 0 ? (o.snapshots?.version ?? codeVersion()) : undefined;
  if (every > 0 && version === undefined) snapshotLog.warn('the code that folds a district cannot be read: district snapshots are off');
  const snapshots = every > 0 && version !== undefined ? new DistrictSnapshots({ ...o.snapshots, every, version, store: o.store, log: snapshotLog, ...(o.now ? { now: o.now } : {}) }) : undefined;
  const core = new CommandHandler({
    registry: o.store,
    events: o.store,
    committer,
    ...(o.acl ? { acl: o.acl } : {}),
    ...(o.now ? { now: o.now } : {}),
    ...(o.fenceOf ? { fenceOf: o.fenceOf } : {}),
    ...(snapshots ? { snapshots } : {}),
    ...(o.onFold ? { onFold: o.onFold } : {}),
    log: o.log.child({ component: 'core' }),
  });
  return { bus, committer, core };
}
