// The ingest's MQTT client id for fixed districts (docs/operations.md "Fixed districts per
// instance"): one persistent session per set of districts, never another instance's.
import { describe, expect, it } from 'vitest';
import { ingestClientId } from '../../../cloud/ingest/ingest.js';

describe('ingestClientId', () => {
  it('names the districts, in any order the same, and tells one dotted district from two', () => {
    expect(ingestClientId(['north', 'east'])).toBe('ingest:east,north');
    expect(ingestClientId(['east', 'north'])).toBe(ingestClientId(['north', 'east']));
    expect(ingestClientId(['a.b'])).not.toBe(ingestClientId(['a', 'b']));
    expect(ingestClientId(undefined)).toBe('ingest:all');
  });

  it('keeps long lists within 120 characters, and two that share their beginning apart', () => {
    const many = Array.from({ length: 40 }, (_, i) => `district-${String(i).padStart(2, '0')}`);
    const a = ingestClientId(many);
    const b = ingestClientId([...many, 'district-zz']);
    expect(a.length).toBeLessThanOrEqual(120);
    expect(b.length).toBeLessThanOrEqual(120);
    expect(a.slice(0, 80)).toBe(b.slice(0, 80));
    expect(a).not.toBe(b);
    expect(a.startsWith('ingest:district-00,district-01')).toBe(true);
  });
});
