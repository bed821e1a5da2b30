// STYLE.md: commands are imperative (`ReserveMeal`), events past tense (`MealStockUpdated`).
// Issue 15 item 4: the birth and death certificates were the commands `FridgeOnline` and
// `FridgeOffline`, spelled like the events they cause, so a reader of `handle(district,
// { type: 'FridgeOnline' })` could not tell a request from a fact.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DOMAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../cloud/domain');
const typeNames = (file: string): string[] => [...readFileSync(path.join(DOMAIN, file), 'utf8').matchAll(/^\s+type: '([A-Za-z]+)';/gm)].map((m) => m[1] as string);

describe('command names (unit)', () => {
  const commands = typeNames('commands.ts');
  const events = typeNames('events.ts');

  it('finds the commands and events it judges', () => {
    expect(commands).toContain('ReserveMeal');
    expect(events).toContain('MealStockUpdated');
  });

  it('names no command like a domain event', () => {
    expect(commands.filter((c) => events.includes(c))).toEqual([]);
  });

  it('names commands in the imperative, not in the past tense', () => {
    // MealFactsChanged was one (now RefreshMealFacts).
    expect(commands.filter((c) => /ed$/.test(c))).toEqual([]);
  });
});
