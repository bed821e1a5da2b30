import { writeFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { MemoryOutbox, OutboxFridgeMismatchError, SqliteOutbox } from '../../../edge/outbox/index.js';
import { decodeFridgeEvent, OutboxResetReason } from '../../../proto/index.js';
import { useTmpDirs } from '../../support/tmp.js';
import { outboxContract } from './outbox.contract.js';

const log = pino({ level: 'silent' });
const tmp = useTmpDirs();

outboxContract('memory (unit)', () => new MemoryOutbox('f1'));
outboxContract('sqlite (integration, real file)', () => SqliteOutbox.open({ dir: tmp(), fridgeId: 'f1', log }));

describe('SQLite outbox (integration)', () => {
  it('keeps epoch, events, acks and seqs across a reopen', () => {
    const dir = tmp();
    const a = SqliteOutbox.open({ dir, fridgeId: 'f1', log });
    a.append([{ recordedAtMs: 1, temperature: { sensor: 1, deciCelsius: 40 } }, { recordedAtMs: 2, temperature: { sensor: 1, deciCelsius: 41 } }]);
    a.ack(2);
    const epoch = a.epoch;
    a.close();
    const b = SqliteOutbox.open({ dir, fridgeId: 'f1', log });
    expect(b.epoch).toBe(epoch);
    expect(b.stats()).toMatchObject({ events: 1, ackedSeq: 2, lastSeq: 3 });
    expect(b.append([{ recordedAtMs: 3, temperature: { sensor: 1, deciCelsius: 42 } }])).toEqual([4]);
    b.close();
  });

  it('refuses to open another fridge\'s outbox and leaves it untouched', () => {
    const dir = tmp();
    SqliteOutbox.open({ dir, fridgeId: 'f1', log }).close();
    expect(() => SqliteOutbox.open({ dir, fridgeId: 'f2', log })).toThrow(OutboxFridgeMismatchError);
    const again = SqliteOutbox.open({ dir, fridgeId: 'f1', log });
    expect(again.stats().lastSeq).toBe(1);
    again.close();
  });

  it('moves a corrupt outbox aside, keeps it, and starts a new epoch that says so', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'outbox.db'), Buffer.alloc(8192, 0x5a));
    const ob = SqliteOutbox.open({ dir, fridgeId: 'f1', log });
    const aside = readdirSync(dir).filter((f) => f.startsWith('outbox.db.corrupt-'));
    expect(aside).toHaveLength(1);
    const first = decodeFridgeEvent(ob.readAfter(0, 1, 1e6)[0]!.payload);
    expect(first.ok && first.value.outboxReset?.reason).toBe(OutboxResetReason.CORRUPT_MOVED_ASIDE);
    expect(first.ok && first.value.outboxReset?.movedAsideTo).toBe(path.join(dir, aside[0]!));
    expect(existsSync(path.join(dir, aside[0]!))).toBe(true);
    ob.close();
  });
});
