// The README stays true: its configuration reference is the commands' own option tables (what
// --help prints), its quick start is two commands, and its links lead somewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cloudOptions } from '../../cloud/config.js';
import { feedOptions } from '../../cloud/feed/config.js';
import type { OptionTable } from '../../shared/index.js';
import { edgeOptions } from '../../edge/config.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
// Written in the operations issue; options that only operations use may be documented there.
const OPERATIONS = path.join(ROOT, 'docs/operations.md');

/** The README's table row for an option, as --help describes it (`<x>` in backticks for Markdown). */
function row(name: string, spec: OptionTable[string]): string {
  const def = 'default' in spec && spec.default !== undefined ? `\`${String(spec.default)}\`` : spec.kind !== 'bool' && spec.required === true ? 'required' : '';
  const help = spec.help.replaceAll('|', '\\|').replace(/<[^>]+>/g, (m) => `\`${m}\``);
  return `| \`--${name}\` | \`${spec.env}\` | ${def} | ${help} |`;
}

/** The `### <title>` section of the README's configuration reference. */
function section(title: string): string {
  const start = README.indexOf(`### \`${title}\``);
  expect(start, `README has a "### \`${title}\`" section`).toBeGreaterThanOrEqual(0);
  const end = README.indexOf('\n#', start + 4);
  return README.slice(start, end < 0 ? undefined : end);
}

describe('README (unit)', () => {
  for (const [command, table] of [['fridge-edge', edgeOptions], ['fridge-cloud', cloudOptions], ['fridge-feed', feedOptions]] as const) {
    it(`lists every ${command} option as --help describes it, and no other`, () => {
      const text = section(command);
      const operations = existsSync(OPERATIONS) ? readFileSync(OPERATIONS, 'utf8') : '';
      // An option of the cloud's operations (PostgreSQL, deployment) may live in docs/operations.md instead.
      const inOperations = (name: string): boolean => command === 'fridge-cloud' && !text.includes(`\`--${name}\``) && operations.includes(`--${name}`);
      const missing = Object.entries(table as OptionTable)
        .filter(([name, spec]) => !text.includes(row(name, spec)) && !inOperations(name))
        .map(([name, spec]) => row(name, spec));
      expect(missing, `rows missing or out of date in README's ${command} table:\n${missing.join('\n')}`).toEqual([]);
      const documented = [...text.matchAll(/^\| `--([a-z0-9-]+)`/gm)].map((m) => m[1]);
      expect(documented.filter((name) => name === undefined || !(name in table))).toEqual([]);
    });
  }

  it('starts with exactly two commands: npm install && npm start, and npm test', () => {
    const quick = /## Quick start\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(README)?.[1] ?? '';
    const commands = quick.split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter((l) => l !== '');
    expect(commands).toEqual(['npm install && npm start', 'npm test']);
  });

  it('links every document in docs/, and every relative link leads to a file', () => {
    for (const doc of readdirSync(path.join(ROOT, 'docs'))) expect(README, `README links docs/${doc}`).toContain(`(docs/${doc}`);
    for (const [, target] of README.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
      if (target === undefined || /^[a-z]+:/.test(target)) continue;
      if (path.join(ROOT, target) === OPERATIONS) continue; // being written (operations issue)
      expect(existsSync(path.join(ROOT, target)), `README links ${target}`).toBe(true);
    }
  });
});
