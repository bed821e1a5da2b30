// Admission control of new feed connections (issue 13 item 4): a reconnect storm of thousands
// of clients is admitted at a steady rate, and those over it are refused with a cheap HTTP 503
// before any WebSocket work, told when to come back. Without it every client got its upgrade at
// once, the snapshots and replays queued behind each other, most attempts timed out and were
// retried, and the storm lasted minutes (issue 13's measurement: all back after 140-187 s).
import type { IncomingMessage } from 'node:http';
import { Counter, Gauge, type Registry } from 'prom-client';
import { positiveIntsFromEnv } from '../../shared/env-options.js';

export interface AdmissionLimits {
  /** New connections admitted per second, on average (token bucket refill). */
  admitPerS: number;
  /** Connections admitted at once after a quiet moment (token bucket size). */
  admitBurst: number;
  /** Upgrades admitted whose WebSocket is not yet handed to the feed (the event loop is behind). */
  maxUpgrading: number;
}

// The rate is issue 13's connect target, which the project machine reaches for resumes
// (docs/benchmarks.md, "Feed clients and admission (issue 13)": 1,760/s on a shared 2-core VM)
// but not yet for snapshots; a deployment sets FF_FEED_ADMIT_PER_S to what its feed serves.
// The burst lets a normal trickle of (re)connects through untouched. The cap on upgrades in
// progress only binds when the event loop is far behind (an upgrade is handed over within a
// turn or two).
export const DEFAULT_ADMISSION: AdmissionLimits = { admitPerS: 3000, admitBurst: 500, maxUpgrading: 1000 };

const ENV: { readonly [K in keyof AdmissionLimits]: string } = {
  admitPerS: 'FF_FEED_ADMIT_PER_S',
  admitBurst: 'FF_FEED_ADMIT_BURST',
  maxUpgrading: 'FF_FEED_ADMIT_MAX_UPGRADING',
};

/** Defaults, overridden by the environment (FF_FEED_ADMIT_*). */
export function resolveAdmission(env: NodeJS.ProcessEnv): AdmissionLimits {
  return positiveIntsFromEnv(DEFAULT_ADMISSION, ENV, env);
}

export type RefusalReason = 'rate' | 'upgrading';
export type AdmissionDecision = { ok: true } | { ok: false; reason: RefusalReason; retryAfterS: number };

/** The longest Retry-After we tell: past it a client's own backoff is as good a guess. */
const MAX_RETRY_AFTER_S = 60;

/**
 * A token bucket plus a virtual queue of the refused. Pure (time comes in as `nowMs`).
 *
 * Retry-After: each refusal joins a queue that drains at the admission rate, and is told the
 * second its turn comes (at least 1). The refused of one storm are spread over the seconds
 * they need instead of all coming back in the same one; the client adds its full-jitter
 * backoff on top (it waits the larger of the two, docs/feed.md "Admission").
 */
export class TokenBucket {
  private tokens: number;
  private queued = 0;
  private at: number;

  constructor(private readonly perS: number, private readonly burst: number, nowMs: number) {
    this.tokens = burst;
    this.at = nowMs;
  }

  private refill(nowMs: number): void {
    const elapsedS = Math.max(0, nowMs - this.at) / 1000;
    this.at = Math.max(this.at, nowMs);
    this.tokens = Math.min(this.burst, this.tokens + elapsedS * this.perS);
    // The refused come back at the rate tokens are made: that is how fast the queue moves.
    this.queued = Math.max(0, this.queued - elapsedS * this.perS);
  }

  /** Takes a token, or says in how many seconds to come back. */
  take(nowMs: number): { ok: true } | { ok: false; retryAfterS: number } {
    this.refill(nowMs);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { ok: true };
    }
    this.queued += 1;
    return { ok: false, retryAfterS: Math.min(MAX_RETRY_AFTER_S, Math.max(1, Math.ceil(this.queued / this.perS))) };
  }
}

export function createAdmissionMetrics(registry: Registry) {
  return {
    refused: new Counter({ name: 'ff_feed_admission_refused_total', help: 'Feed upgrades refused by admission control (HTTP 503), by reason (rate: over FF_FEED_ADMIT_PER_S; upgrading: FF_FEED_ADMIT_MAX_UPGRADING upgrades in progress)', labelNames: ['reason'], registers: [registry] }),
    upgrading: new Gauge({ name: 'ff_feed_admission_upgrading', help: 'Feed upgrades admitted and not yet handed to the feed', registers: [registry] }),
  };
}
export type AdmissionMetrics = ReturnType<typeof createAdmissionMetrics>;

/**
 * Admission of feed upgrades: a rate (TokenBucket) and a cap on upgrades in progress. An
 * upgrade is in progress from its admission until the feed gets its WebSocket (`upgraded`) or
 * its socket closes, whichever comes first.
 */
export class Admission {
  private readonly bucket: TokenBucket;
  private upgrading = 0;
  private readonly pending = new WeakMap<IncomingMessage, () => void>();

  constructor(readonly limits: AdmissionLimits, private readonly metrics: AdmissionMetrics, private readonly now: () => number = () => performance.now()) {
    this.bucket = new TokenBucket(limits.admitPerS, limits.admitBurst, now());
  }

  /** Decides for one upgrade request; an admitted one holds a place until `upgraded` or its socket closes. */
  admit(req: IncomingMessage): AdmissionDecision {
    if (this.upgrading >= this.limits.maxUpgrading) return this.refuse('upgrading', 1);
    const r = this.bucket.take(this.now());
    if (!r.ok) return this.refuse('rate', r.retryAfterS);
    this.upgrading += 1;
    this.metrics.upgrading.set(this.upgrading);
    let held = true;
    const release = (): void => {
      if (!held) return;
      held = false;
      this.upgrading -= 1;
      this.metrics.upgrading.set(this.upgrading);
      req.socket.off('close', release);
    };
    this.pending.set(req, release);
    req.socket.once('close', release);
    return { ok: true };
  }

  /** The feed has the request's WebSocket: its place is free. */
  upgraded(req: IncomingMessage): void {
    this.pending.get(req)?.();
    this.pending.delete(req);
  }

  get inProgress(): number {
    return this.upgrading;
  }

  private refuse(reason: RefusalReason, retryAfterS: number): AdmissionDecision {
    this.metrics.refused.inc({ reason });
    return { ok: false, reason, retryAfterS };
  }
}
