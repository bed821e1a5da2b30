// The application core as one piece: the bus of committed events, the group committer that
// feeds it, and the command handler of the districts, wired once (the app and the tests).
import type { Logger } from 'pino';
import type { AclConfig } from '../domain/index.js';
import type { DistrictFence, GroupCommitStore } from '../store/index.js';
import { CommittedBus } from './bus.js';
import { CommandHandler, type EventSource } from './command-handler.js';
import { GroupCommitter } from './group-commit.js';
import type { RegistryReads } from './registry-cache.js';

export interface ApplicationCore {
  bus: CommittedBus;
  committer: GroupCommitter;
  core: CommandHandler;
}

/** A transaction holds at most this many batches and commands, and this much weight (events). */
export const GROUP_LIMITS = { maxUnits: 512, maxWeight: 5_000, maxWeightUrgent: 1_000 };

/** What the core needs of the store: the registry's tags and meals, a district's events, group commits. */
export type CoreStore = RegistryReads & EventSource & GroupCommitStore;

export function createApplicationCore(o: {
  store: CoreStore;
  log: Logger;
  acl?: Partial<AclConfig>;
  now?: () => number;
  fenceOf?: (district: string) => DistrictFence | undefined;
  onGroup?: (g: { units: number; weight: number; ms: number; failed: number }) => void;
}): ApplicationCore {
  const bus = new CommittedBus(o.log.child({ component: 'bus' }));
  const committer = new GroupCommitter({ store: o.store, ...GROUP_LIMITS, onCommitted: (stored) => bus.publish(stored), ...(o.onGroup ? { onGroup: o.onGroup } : {}) });
  const core = new CommandHandler({
    registry: o.store,
    events: o.store,
    committer,
    ...(o.acl ? { acl: o.acl } : {}),
    ...(o.now ? { now: o.now } : {}),
    ...(o.fenceOf ? { fenceOf: o.fenceOf } : {}),
  });
  return { bus, committer, core };
}
