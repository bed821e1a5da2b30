import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleBatch, batchEventBytes, decodeBatch, encodeFridgeEvent, parseTopic, topics } from '../../proto/index.js';

describe('protobuf schemas (unit)', () => {
  it('generated code is up to date with the .proto files (run `npm run proto`)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ff-proto-'));
    try {
      const pbjs = path.resolve('node_modules/.bin/pbjs');
      const flags = ['-t', 'static-module', '-w', 'esm', '--force-number', '--no-verify', '--no-convert', '--no-delimited', '--no-typeurl', '--no-service'];
      execFileSync(pbjs, [...flags, '-r', 'fridge', '-o', path.join(dir, 'fridge.js'), 'proto/farmacy/fridge/v1/fridge.proto']);
      execFileSync(pbjs, [...flags, '-r', 'domain', '-o', path.join(dir, 'domain.js'), 'proto/farmacy/domain/v1/events.proto']);
      for (const f of ['fridge.js', 'domain.js']) {
        expect(readFileSync(path.join(dir, f), 'utf8'), `proto/gen/${f} is stale`).toBe(readFileSync(path.join('proto/gen', f), 'utf8'));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('a batch assembled from stored events decodes as a normal Batch, 64-bit fields as numbers', () => {
    const big = 2 ** 40 + 7;
    const events = [1, 2].map((seq) => encodeFridgeEvent({ seq: big + seq, recordedAtMs: 1_795_000_000_000, temperature: { sensor: 1, deciCelsius: -3 } }));
    const r = decodeBatch(assembleBatch({ fridgeId: 'f', epoch: 'e', prevSeq: big, sentAtMs: 5 }, events));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.prevSeq).toBe(big);
    expect(r.value.events.map((e) => e.seq)).toEqual([big + 1, big + 2]);
    expect(typeof r.value.events[0]!.recordedAtMs).toBe('number');
  });

  it('gives back the events\' own bytes from a batch, in order', () => {
    const events = [1, 2, 3].map((seq) => encodeFridgeEvent({ seq, recordedAtMs: 1_795_000_000_000, temperature: { sensor: 1, deciCelsius: seq } }));
    const parts = batchEventBytes(assembleBatch({ fridgeId: 'f', epoch: 'e', prevSeq: 0, sentAtMs: 5 }, events));
    expect(parts.map((p) => Buffer.from(p).toString('hex'))).toEqual(events.map((e) => Buffer.from(e).toString('hex')));
  });

  it('rejects garbage as a value, not an exception', () => {
    expect(decodeBatch(Buffer.from([0xff, 0xff, 0xff])).ok).toBe(false);
  });

  it('parses only well-formed topics', () => {
    expect(parseTopic(topics.batch('d1', 'f-1'))).toEqual({ district: 'd1', fridgeId: 'f-1', kind: 'batch' });
    expect(parseTopic('ff/v1/d1/f-1/other')).toBeUndefined();
    expect(parseTopic('ff/v1/d1/+/batch')).toBeUndefined();
    expect(parseTopic('ff/v2/d1/f/batch')).toBeUndefined();
  });
});

describe('64-bit defaults (unit)', () => {
  it('an omitted 64-bit field reads as the number 0, not a Long', async () => {
    const { decodeAck, encodeAck } = await import('../../proto/index.js');
    const r = decodeAck(encodeAck({ epoch: 'e', committedSeq: 0, status: 2 }));
    expect(r.ok && r.value.committedSeq).toBe(0);
  });
});
