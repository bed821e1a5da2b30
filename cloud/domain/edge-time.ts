// The time the domain gives a fridge event (docs/protocol.md "Edge clocks"). Edge timestamps
// are facts to keep, never a reason to drop an event (issue 11 item 1): a fridge whose clock
// fell back to 1970 after a power loss, or a cloud whose clock runs behind, still sells meals.
// The raw fridge event keeps the edge's time; the domain's time-dependent rules (excursion
// deadlines, the times of sales and arrivals) use a sane one.

/** Bounds of a believable edge clock. */
export const EDGE_TIME = {
  /** 2020-01-01: before this the edge's clock was never set (no RTC battery: 1970). */
  minMs: 1_577_836_800_000,
  /** Further ahead of the cloud's clock than this, one of the two clocks is wrong. */
  maxAheadMs: 24 * 60 * 60 * 1000,
  /**
   * Within a batch the domain's time never goes back (events apply in seq order); a step back
   * of more than this is flagged, a smaller one (an NTP slew) is only held level.
   */
  maxBackStepMs: 60_000,
} as const;

/** Why an edge time was not taken as it is. */
export type EdgeTimeFlag = 'before_min' | 'ahead' | 'backwards';

export interface EdgeTime {
  /** The time the domain uses (unix ms). */
  at: number;
  /** Set when the edge's time was replaced: the event keeps its place (seq), not its time. */
  suspect?: EdgeTimeFlag;
}

/**
 * The domain times of a batch's events, in seq order, given their edge times and the cloud's
 * clock at receipt. A time before EDGE_TIME.minMs or more than EDGE_TIME.maxAheadMs ahead of
 * `now` is replaced by the previous event's domain time in the batch (the last time known to
 * be good), or by `now` for the first one (the event happened no later than its receipt). A
 * time that goes back is held at the previous one.
 */
export function edgeTimes(recordedAtMs: readonly number[], now: number): EdgeTime[] {
  let prev: number | undefined;
  return recordedAtMs.map((raw) => {
    let out: EdgeTime;
    if (!Number.isFinite(raw) || raw < EDGE_TIME.minMs) out = { at: prev ?? now, suspect: 'before_min' };
    else if (raw > now + EDGE_TIME.maxAheadMs) out = { at: prev ?? now, suspect: 'ahead' };
    else if (prev !== undefined && raw < prev) out = prev - raw > EDGE_TIME.maxBackStepMs ? { at: prev, suspect: 'backwards' } : { at: prev };
    else out = { at: raw };
    prev = out.at;
    return out;
  });
}
