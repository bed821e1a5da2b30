// The dashboard's modules are checked JavaScript (issue 15 item 5): each one asks for the check
// (`// @ts-check`), tsconfig.dashboard.json covers every one of them and finds nothing, and
// `npm run typecheck` (which CI runs) runs it. And the pages are their modules: every file in
// the folder is reached from an entry a page loads (index.html: app.js, reports.html:
// reports.js), and everything the entries reach is there.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DIR = path.join(ROOT, 'cloud/dashboard');
/** Generated (npm run build:feed-client), typed by feed-client.d.ts. */
const BUNDLE = 'feed-client.js';

/** The page's modules, relative to cloud/dashboard. */
function modules(): string[] {
  return (readdirSync(DIR, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.js') && f !== BUNDLE).map((f) => f.split(path.sep).join('/')).sort();
}

/** The modules the pages load (`<script type="module" src>` of each .html), relative to cloud/dashboard. */
function entries(): Map<string, string> {
  const out = new Map<string, string>();
  for (const page of readdirSync(DIR).filter((f) => f.endsWith('.html')).sort()) {
    for (const m of readFileSync(path.join(DIR, page), 'utf8').matchAll(/<script type="module" src="([^"]+)">/g)) out.set(page, path.posix.normalize(m[1]!));
  }
  return out;
}

/** Every module the entries import, directly or not, and the entries (relative to cloud/dashboard). */
function importGraph(roots: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const visit = (rel: string): void => {
    if (seen.has(rel)) return;
    seen.add(rel);
    if (rel === BUNDLE) return;
    const text = readFileSync(path.join(DIR, rel), 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)';/gms)) visit(path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[1]!)));
  };
  for (const root of roots) visit(root);
  return seen;
}

describe('dashboard type check (unit)', () => {
  it('every module asks for the check (// @ts-check on its first line)', () => {
    const files = modules();
    expect(files).toContain('app.js');
    expect(files.filter((f) => !readFileSync(path.join(DIR, f), 'utf8').startsWith('// @ts-check\n'))).toEqual([]);
  });

  it('the pages\' entries (app.js, reports.js) import every module of the folder, and each one they import is there', () => {
    const pages = entries();
    expect(Object.fromEntries(pages)).toEqual({ 'index.html': 'app.js', 'reports.html': 'reports.js' });
    const graph = importGraph(pages.values());
    expect([...graph].filter((f) => f !== BUNDLE).sort()).toEqual(modules());
    expect(importGraph(['app.js']).has(BUNDLE)).toBe(true);
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
