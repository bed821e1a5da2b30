// Admission control of feed upgrades (issue 13 item 4): the token bucket, the Retry-After it
// tells, and the cap on upgrades in progress, with time passed in.
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { Admission, createAdmissionMetrics, resolveAdmission, TokenBucket, DEFAULT_ADMISSION } from '../../../cloud/feed/admission.js';

const request = (): IncomingMessage & { socket: EventEmitter } => ({ socket: new EventEmitter() }) as unknown as IncomingMessage & { socket: EventEmitter };

describe('feed admission (unit)', () => {
  it('admits a burst at once, then at the rate', () => {
    const b = new TokenBucket(10, 5, 0);
    for (let i = 0; i < 5; i++) expect(b.take(0)).toEqual({ ok: true });
    expect(b.take(0).ok).toBe(false);
    // 10/s: one token every 100 ms.
    expect(b.take(50).ok).toBe(false);
    expect(b.take(200)).toEqual({ ok: true });
    // The bucket never holds more than the burst, however long it was quiet.
    const quiet = new TokenBucket(10, 3, 0);
    let admitted = 0;
    for (let i = 0; i < 10; i++) if (quiet.take(60_000).ok) admitted++;
    expect(admitted).toBe(3);
  });

  it('spreads the refused over the seconds their turns come, not all in the next one', () => {
    const b = new TokenBucket(100, 1, 0);
    expect(b.take(0).ok).toBe(true);
    const after = Array.from({ length: 350 }, () => b.take(0)).map((r) => (r.ok ? 0 : r.retryAfterS));
    expect(after[0]).toBe(1);
    expect(after[99]).toBe(1);
    expect(after[100]).toBe(2);
    expect(after[349]).toBe(4);
    // The queue moves at the rate: 2 s later, the 350 refused are 150 ahead of a newcomer.
    const later = b.take(2000);
    expect(later.ok).toBe(true);
    const next = b.take(2000);
    expect(next).toEqual({ ok: false, retryAfterS: 2 });
  });

  it('caps the upgrades in progress; a place is freed by the handover or by the socket closing, once', () => {
    const registry = new Registry();
    const metrics = createAdmissionMetrics(registry);
    const a = new Admission({ admitPerS: 1000, admitBurst: 1000, maxUpgrading: 2 }, metrics, () => 0);
    const r1 = request();
    const r2 = request();
    expect(a.admit(r1)).toEqual({ ok: true });
    expect(a.admit(r2)).toEqual({ ok: true });
    expect(a.admit(request())).toEqual({ ok: false, reason: 'upgrading', retryAfterS: 1 });
    a.upgraded(r1);
    expect(a.inProgress).toBe(1);
    // A closed socket after the handover frees nothing more.
    r1.socket.emit('close');
    expect(a.inProgress).toBe(1);
    r2.socket.emit('close');
    expect(a.inProgress).toBe(0);
    a.upgraded(r2);
    expect(a.inProgress).toBe(0);
    expect(a.admit(request())).toEqual({ ok: true });
  });

  it('counts refusals by reason', async () => {
    const registry = new Registry();
    const a = new Admission({ admitPerS: 1, admitBurst: 1, maxUpgrading: 10 }, createAdmissionMetrics(registry), () => 0);
    expect(a.admit(request()).ok).toBe(true);
    expect(a.admit(request())).toMatchObject({ ok: false, reason: 'rate', retryAfterS: 1 });
    expect(a.admit(request())).toMatchObject({ ok: false, reason: 'rate', retryAfterS: 2 });
    expect(await registry.getSingleMetricAsString('ff_feed_admission_refused_total')).toContain('ff_feed_admission_refused_total{reason="rate"} 2');
  });

  it('reads FF_FEED_ADMIT_* and refuses nonsense', () => {
    expect(resolveAdmission({})).toEqual(DEFAULT_ADMISSION);
    expect(resolveAdmission({ FF_FEED_ADMIT_PER_S: '50', FF_FEED_ADMIT_BURST: '7', FF_FEED_ADMIT_MAX_UPGRADING: '9' })).toEqual({ admitPerS: 50, admitBurst: 7, maxUpgrading: 9 });
    expect(() => resolveAdmission({ FF_FEED_ADMIT_PER_S: '0' })).toThrow(/FF_FEED_ADMIT_PER_S/);
    expect(() => resolveAdmission({ FF_FEED_ADMIT_BURST: 'lots' })).toThrow(/FF_FEED_ADMIT_BURST/);
  });
});
