// The dashboard's modules are checked JavaScript (issue 15 item 5): each one asks for the check
// (`// @ts-check`), tsconfig.dashboard.json covers every one of them and finds nothing, and
// `npm run typecheck` (which CI runs) runs it. And the page is its modules: every file in the
// folder is reached from the entry, app.js, and everything app.js reaches is there.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = path.join(ROOT, 'cloud/dashboard');
/** Generated (npm run build:feed-client), typed by feed-client.d.ts. */
const BUNDLE = 'feed-client.js';

/** The page's modules, relative to cloud/dashboard. */
function modules(): string[] {
  return (readdirSync(DIR, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.js') && f !== BUNDLE).map((f) => f.split(path.sep).join('/')).sort();
}

/** Every module app.js imports, directly or not (relative to cloud/dashboard). */
function importGraph(): Set<string> {
  const seen = new Set<string>();
  const visit = (rel: string): void => {
    if (seen.has(rel)) return;
    seen.add(rel);
    if (rel === BUNDLE) return;
    const text = readFileSync(path.join(DIR, rel), 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)';/gms)) visit(path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[1]!)));
  };
  visit('app.js');
  return seen;
}

describe('dashboard type check (unit)', () => {
  it('every module asks for the check (// @ts-check on its first line)', () => {
    const files = modules();
    expect(files).toContain('app.js');
    expect(files.filter((f) => !readFileSync(path.join(DIR, f), 'utf8').startsWith('// @ts-check\n'))).toEqual([]);
  });

  it('app.js imports every module of the folder, and each one it imports is there', () => {
    const graph = importGraph();
    expect([...graph].filter((f) => f !== BUNDLE).sort()).toEqual(modules());
    expect(graph.has(BUNDLE)).toBe(true);
  });

  it('tsconfig.dashboard.json covers every module and finds nothing; npm run typecheck runs it', () => {
    const configPath = path.join(ROOT, 'tsconfig.dashboard.json');
    const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
    expect(read.error).toBeUndefined();
    const config = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT, undefined, configPath);
    expect(config.errors).toEqual([]);
    expect(config.options.checkJs).toBe(true);
    expect(config.options.strict).toBe(true);
    const program = ts.createProgram(config.fileNames, config.options);
    const roots = new Set(program.getRootFileNames().map((f) => path.relative(DIR, f).split(path.sep).join('/')));
    expect(modules().filter((f) => !roots.has(f))).toEqual([]);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.typecheck).toContain('tsc -p tsconfig.dashboard.json');
  }, 60_000);
});
