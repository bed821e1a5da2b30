// Dockerfile.cloud and Dockerfile.edge, checked without Docker (none runs here): each file is
// parsed and its build replayed in temporary directories, one per stage: the build context
// as .dockerignore leaves it, COPY and COPY --from between stages, `npm ci` (the repository's
// node_modules stand in for it) and the real `npm run build`. The image's entry command then
// runs from the final stage's files with the image's environment, its HEALTHCHECK is run
// against the running process, and SIGTERM must stop it cleanly. Static rules: a non-root
// USER, a VOLUME for the data, native modules compiled in a target-platform stage, production
// dependencies only, nothing x86-only in the edge image.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CLOUD_NODE_FLAGS, EdgeProcess } from '../../../testkit/edge-process.js';
import { freePort } from '../../../testkit/mosquitto.js';
import { useCleanups } from '../../support/lifecycle.js';
import { useTmpDirs } from '../../support/tmp.js';

const tmp = useTmpDirs();
const cleanup = useCleanups();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// ---- parsing -------------------------------------------------------------------------------

interface Instruction {
  keyword: string;
  args: string;
  /** Flags such as --from=build, --platform=..., in order. */
  flags: Record<string, string>;
  line: number;
}

interface Stage {
  index: number;
  name: string | undefined;
  image: string;
  platform: string | undefined;
  instructions: Instruction[];
}

/** Instructions of a Dockerfile: continuation lines joined, comments dropped (also inside a continuation, as Docker does). */
function parseDockerfile(text: string): { args: Record<string, string>; stages: Stage[] } {
  const instructions: Instruction[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const start = i + 1;
    while (line.endsWith('\\')) {
      line = line.slice(0, -1);
      let next = lines[++i];
      while (next !== undefined && next.trim().startsWith('#')) next = lines[++i];
      if (next === undefined) break;
      line += ' ' + next.trim();
    }
    const m = /^(\S+)\s*(.*)$/.exec(line)!;
    let rest = m[2]!;
    const flags: Record<string, string> = {};
    for (let f = /^--([a-z-]+)=(\S+)\s+/.exec(rest); f !== null; f = /^--([a-z-]+)=(\S+)\s+/.exec(rest)) {
      flags[f[1]!] = f[2]!;
      rest = rest.slice(f[0].length);
    }
    instructions.push({ keyword: m[1]!.toUpperCase(), args: rest.trim(), flags, line: start });
  }
  const args: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const ins of instructions) {
    if (ins.keyword === 'ARG' && stages.length === 0) {
      const [k, v] = ins.args.split('=');
      if (k !== undefined && v !== undefined) args[k] = v;
    } else if (ins.keyword === 'FROM') {
      const [image, as, name] = ins.args.split(/\s+/);
      stages.push({ index: stages.length, name: as?.toUpperCase() === 'AS' ? name : undefined, image: (image ?? '').replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a: string | undefined, b: string | undefined) => args[a ?? b ?? ''] ?? ''), platform: ins.flags.platform, instructions: [] });
    } else {
      const stage = stages[stages.length - 1];
      if (stage === undefined) throw new Error(`line ${ins.line}: ${ins.keyword} before FROM`);
      stage.instructions.push(ins);
    }
  }
  return { args, stages };
}

/** COPY/ADD sources and destination, in either form (JSON array or words). */
function copyParts(ins: Instruction): { sources: string[]; dest: string } {
  const words = ins.args.startsWith('[') ? (JSON.parse(ins.args) as string[]) : ins.args.split(/\s+/);
  return { sources: words.slice(0, -1), dest: words[words.length - 1]! };
}

/** An exec-form (JSON array) instruction; a shell-form one is an error: the process would not be PID 1. */
function execForm(ins: Instruction | undefined, what: string): string[] {
  expect(ins, `${what} missing`).toBeDefined();
  const text = ins!.args.replace(/^CMD\s+/, '');
  expect(text.startsWith('['), `${what} must be exec form (JSON array): ${ins!.args}`).toBe(true);
  return JSON.parse(text) as string[];
}

function envOf(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const ins of stage.instructions.filter((i) => i.keyword === 'ENV')) {
    for (const m of ins.args.matchAll(/(\w+)=("([^"]*)"|\S+)/g)) env[m[1]!] = m[3] ?? m[2]!;
  }
  return env;
}

// ---- .dockerignore -------------------------------------------------------------------------

/** Docker's rules: patterns anchored at the context root, `*` within a segment, `**` across, `!` re-includes, last match wins. */
function dockerignore(): (rel: string) => boolean {
  const file = path.join(ROOT, '.dockerignore');
  const rules = (existsSync(file) ? readFileSync(file, 'utf8') : '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const negate = l.startsWith('!');
      const pattern = path.posix.normalize((negate ? l.slice(1) : l).replace(/^\/+/, ''));
      const re = pattern.split('/').map((seg) => (seg === '**' ? '.*' : seg.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]'))).join('/');
      return { negate, re: new RegExp(`^${re}(/.*)?$`) };
    });
  return (rel) => {
    let excluded = false;
    for (const r of rules) if (r.re.test(rel)) excluded = !r.negate;
    return excluded;
  };
}

// ---- replaying a build ---------------------------------------------------------------------

/** Copies a context path into a stage, leaving out what .dockerignore excludes. */
function copyFromContext(rel: string, to: string, ignored: (rel: string) => boolean): void {
  const from = path.join(ROOT, rel);
  if (statSync(from).isDirectory()) {
    mkdirSync(to, { recursive: true });
    for (const e of readdirSync(from)) {
      const child = path.posix.join(rel, e);
      if (!ignored(child)) copyFromContext(child, path.join(to, e), ignored);
    }
  } else {
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(from, to);
  }
}

/** Build outputs by the instructions that led to them (both images' build stages are the same), kept for this file's tests. */
const builds = new Map<string, string>();
const buildCache = mkdtempSync(path.join(tmpdir(), 'ff-test-builds-'));
afterAll(() => rmSync(buildCache, { recursive: true, force: true }));

/** The RUN steps the replay performs or knowingly skips; anything else fails the test until it is taught. */
const RUN_STEPS: Array<{ re: RegExp; run?: (cwd: string, history: string) => void }> = [
  { re: /^npm ci\b/, run: (cwd) => void (existsSync(path.join(cwd, 'node_modules')) || symlinkSync(path.join(ROOT, 'node_modules'), path.join(cwd, 'node_modules'))) },
  {
    re: /^npm run build$/,
    run: (cwd, history) => {
      const done = builds.get(history);
      if (done !== undefined) return cpSync(done, path.join(cwd, 'dist'), { recursive: true });
      const r = spawnSync('npm', ['run', 'build'], { cwd, encoding: 'utf8' });
      expect(r.status, `npm run build in the build stage:\n${r.stdout}\n${r.stderr}`).toBe(0);
      const kept = path.join(buildCache, String(builds.size));
      cpSync(path.join(cwd, 'dist'), kept, { recursive: true });
      builds.set(history, kept);
    },
  },
  // Platform steps: package installs, the native rebuild and its checks, users and dirs.
  { re: /^apt-get (update|install)\b/ },
  { re: /^rm -rf \/var\/lib\/apt\/lists\/\*$/ },
  { re: /^npm rebuild better-sqlite3 @serialport\/bindings-cpp$/ },
  { re: /^npm cache clean --force$/ },
  { re: /^node -e "new \(require\('better-sqlite3'\)\)\(':memory:'\)\.close\(\)"$/ },
  { re: /^test -f node_modules\/\S+\.node$/ },
  { re: /^mkdir -p \/var\/lib\/[\w-]+$/ },
  { re: /^chown node:node \/var\/lib\/[\w-]+$/ },
  { re: /^usermod -a -G dialout node$/ },
];

interface Replay {
  stages: Stage[];
  final: Stage;
  /** The final stage's WORKDIR on disk. */
  app: string;
}

function replay(dockerfile: string, dir: string, text = readFileSync(path.join(ROOT, dockerfile), 'utf8')): Replay {
  const { stages } = parseDockerfile(text);
  const ignored = dockerignore();
  const roots = new Map<string, string>();
  for (const stage of stages) {
    const root = path.join(dir, `stage-${stage.index}`);
    mkdirSync(root);
    roots.set(String(stage.index), root);
    if (stage.name) roots.set(stage.name, root);
    let workdir = '/';
    const inStage = (p: string): string => path.join(root, path.posix.resolve(workdir, p));
    for (const ins of stage.instructions) {
      const where = `${dockerfile}:${ins.line}`;
      if (ins.keyword === 'WORKDIR') {
        workdir = path.posix.resolve(workdir, ins.args);
        mkdirSync(inStage('.'), { recursive: true });
      } else if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
        expect(ins.keyword, `${where}: COPY, not ADD`).toBe('COPY');
        const { sources, dest } = copyParts(ins);
        const from = ins.flags.from;
        for (const src of sources) {
          const target = dest.endsWith('/') || sources.length > 1 ? path.join(inStage(dest), path.basename(src)) : inStage(dest);
          if (from === undefined) {
            const rel = path.posix.normalize(src);
            expect(existsSync(path.join(ROOT, rel)), `${where}: COPY source ${src} does not exist in the repository`).toBe(true);
            expect(ignored(rel), `${where}: COPY source ${src} is excluded by .dockerignore`).toBe(false);
            copyFromContext(rel, target, ignored);
          } else {
            const fromRoot = roots.get(from);
            expect(fromRoot, `${where}: COPY --from=${from}: no such earlier stage`).toBeDefined();
            const source = path.join(fromRoot!, src);
            expect(existsSync(source), `${where}: COPY --from=${from} ${src}: the stage does not produce it`).toBe(true);
            mkdirSync(path.dirname(target), { recursive: true });
            cpSync(source, target, { recursive: true, verbatimSymlinks: true });
          }
        }
      } else if (ins.keyword === 'RUN') {
        for (const step of ins.args.split(/\s+&&\s+/).map((s) => s.trim())) {
          const known = RUN_STEPS.find((k) => k.re.test(step));
          expect(known, `${where}: RUN step the replay does not know: ${step}`).toBeDefined();
          known!.run?.(inStage('.'), JSON.stringify(stage.instructions.slice(0, stage.instructions.indexOf(ins) + 1).map((i) => [i.keyword, i.flags, i.args])));
        }
      }
    }
  }
  const final = stages[stages.length - 1]!;
  const workdir = [...final.instructions].reverse().find((i) => i.keyword === 'WORKDIR')?.args ?? '/';
  return { stages, final, app: path.join(roots.get(String(final.index))!, workdir) };
}

// ---- the images ----------------------------------------------------------------------------

const IMAGES = [
  { dockerfile: 'Dockerfile.cloud', flags: CLOUD_NODE_FLAGS, entry: 'dist/cloud/main.js', dataEnv: 'FF_DATA_DIR', portEnv: 'FF_HTTP_PORT' },
  { dockerfile: 'Dockerfile.edge', flags: [], entry: 'dist/edge/main.js', dataEnv: 'FRIDGE_DATA_DIR', portEnv: 'FRIDGE_HEALTH_PORT' },
] as const;

const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
const productionPackages = new Set(Object.entries(lock.packages).filter(([k, v]) => k.startsWith('node_modules/') && v.dev !== true).map(([k]) => k.slice(k.lastIndexOf('node_modules/') + 'node_modules/'.length)));

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js')).map((f) => path.join(dir, f));
}

const runNode = (cwd: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> => {
  const child = spawn(process.execPath, args, { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
};

describe('Dockerfiles (unit: parsed and replayed without Docker)', () => {
  for (const image of IMAGES) {
    it(`${image.dockerfile}: builds from the context, runs as non-root, health-checked, stops on SIGTERM`, async () => {
      const dir = tmp();
      const { stages, final, app } = replay(image.dockerfile, dir);

      // Multi-stage: a build stage (dev dependencies) and a runtime stage that is not it.
      expect(stages.length).toBeGreaterThanOrEqual(2);
      // Native modules compiled in a stage that runs as the target platform, with the toolchain,
      // and production dependencies only; the runtime takes its node_modules from there.
      const deps = stages.find((s) => s.instructions.some((i) => i.keyword === 'RUN' && /npm (ci|rebuild)\b/.test(i.args) && /--omit=dev|npm prune --omit=dev/.test(i.args)));
      expect(deps, 'a stage installing production dependencies (npm ci --omit=dev or npm prune --omit=dev)').toBeDefined();
      expect(deps!.platform, 'the native modules must be compiled for the target: no --platform on that stage').toBeUndefined();
      const depsRuns = deps!.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args).join(' && ');
      expect(depsRuns).toMatch(/apt-get install[^&]*\bpython3\b[^&]*\bmake\b[^&]*\bg\+\+/);
      expect(depsRuns, 'native modules built from source: npm rebuild of both, or npm ci with install scripts').toMatch(/npm rebuild better-sqlite3 @serialport\/bindings-cpp|npm ci(?![^&]*--ignore-scripts)/);
      expect(envOf(deps!).npm_config_build_from_source, 'no prebuilt binary downloads').toBe('true');
      const nodeModules = final.instructions.find((i) => i.keyword === 'COPY' && copyParts(i).sources.some((s) => s.endsWith('node_modules')));
      expect(nodeModules?.flags.from, 'the runtime node_modules come from the production-dependencies stage').toBe(deps!.name ?? String(deps!.index));
      // A stage on the build platform is fine only where nothing native is built.
      for (const s of stages.filter((st) => st.platform !== undefined)) {
        expect(s.platform).toBe('$BUILDPLATFORM');
        expect(s.instructions.filter((i) => i.keyword === 'RUN' && /npm ci\b/.test(i.args)).every((i) => i.args.includes('--ignore-scripts')), `${s.name}: npm ci on the build platform must not compile native modules`).toBe(true);
      }

      // The final stage: an unprivileged user, data in a volume, health, exec-form node.
      const last = (k: string): Instruction | undefined => [...final.instructions].reverse().find((i) => i.keyword === k);
      const user = last('USER')?.args;
      expect(user, 'USER in the final stage').toBeDefined();
      expect(user).not.toMatch(/^(root|0)(:|$)/);
      const env = envOf(final);
      const volume = last('VOLUME');
      expect(volume, 'VOLUME in the final stage').toBeDefined();
      expect(volume!.args).toContain(env[image.dataEnv]);
      expect(last('STOPSIGNAL')?.args ?? 'SIGTERM').toBe('SIGTERM');
      const entry = execForm(last('ENTRYPOINT'), 'ENTRYPOINT');
      // The cloud's node flags are the ones the tests and benchmarks run it with.
      expect(entry).toEqual(['node', ...image.flags, image.entry]);
      const healthcheck = last('HEALTHCHECK');
      expect(healthcheck?.args).toMatch(/\/healthz/);
      const check = execForm(healthcheck && { ...healthcheck, args: healthcheck.args.replace(/^(--\S+\s+)*/, '') }, 'HEALTHCHECK CMD');
      if (image.dockerfile === 'Dockerfile.edge') {
        // Nothing x86-only: the same file builds linux/arm64.
        for (const s of stages) for (const i of s.instructions) expect(`${i.keyword} ${i.args} ${JSON.stringify(i.flags)}`, `${image.dockerfile}:${i.line}`).not.toMatch(/amd64|x86[-_]?64|\bx64\b|i386/i);
        for (const s of stages) expect(s.image).not.toMatch(/amd64|x86/i);
      }

      // The runtime needs only production packages.
      for (const file of jsFiles(path.join(app, 'dist'))) {
        const code = readFileSync(file, 'utf8');
        const specifiers = [
          ...code.matchAll(/^\s*(?:import|export)\s[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
          ...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
          ...code.matchAll(/\b(?:import|require|createRequire\([^)]*\))\(\s*['"]([^'"]+)['"]\s*\)/g),
        ];
        for (const m of specifiers) {
          const spec = m[1]!;
          if (spec.startsWith('.') || spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]!)) continue;
          const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
          expect(productionPackages.has(pkg), `${path.relative(app, file)} imports ${pkg}, which is not a production dependency`).toBe(true);
        }
      }
      expect(lstatSync(path.join(app, 'package.json')).isFile(), 'package.json ("type": "module") in the image').toBe(true);

      // The entry command runs from the image's files with the image's environment.
      const data = path.join(dir, 'data');
      const port = await freePort();
      const runEnv = { ...env, [image.dataEnv]: data, [image.portEnv]: String(port) };
      const help = await runNode(app, [...entry.slice(1), '--help'], runEnv);
      expect(help.code, help.out).toBe(0);
      expect(help.out).toMatch(/^Usage: fridge-(cloud|edge)/m);

      // Started for real (127.0.0.1 here, the image listens on all addresses), health-checked
      // with the image's own HEALTHCHECK command and environment, then stopped as `docker stop` does.
      const args = image.dockerfile === 'Dockerfile.cloud'
        ? ['--http-host', '127.0.0.1', '--mqtt-host', '127.0.0.1', '--mqtt-port', '0', '--log-level', 'info']
        : ['--fridge-id', 'fr-docker', '--district', 'd', '--serial', 'tcp://127.0.0.1:9', '--mqtt', 'mqtt://127.0.0.1:9'];
      const proc = new EdgeProcess(spawn(process.execPath, [...entry.slice(1), ...args], { cwd: app, env: { PATH: process.env.PATH ?? '', ...runEnv }, stdio: ['ignore', 'pipe', 'pipe'] }));
      cleanup(() => proc.kill());
      await proc.waitForLog((l) => l.msg === 'cloud ready' || l.msg === 'health endpoint listening', 20_000);
      const healthy = await runNode(app, check.slice(1), runEnv);
      expect(healthy.code, `HEALTHCHECK against the running ${image.entry}: ${healthy.out}`).toBe(0);
      proc.child.kill('SIGTERM');
      const exit = await proc.exited;
      expect(exit, `SIGTERM: ${proc.stderr}`).toEqual({ code: 0, signal: null });
      const unhealthy = await runNode(app, check.slice(1), runEnv);
      expect(unhealthy.code, 'HEALTHCHECK with nothing listening').toBe(1);
    }, 90_000);
  }

  it('fails the replay when a COPY source is renamed, ignored, or not produced by its stage', () => {
    const text = readFileSync(path.join(ROOT, 'Dockerfile.cloud'), 'utf8');
    expect(text).toContain('COPY edge ./edge');
    expect(() => replay('Dockerfile.cloud', tmp(), text.replace('COPY edge ./edge', 'COPY edge-agent ./edge'))).toThrow(/COPY source edge-agent does not exist/);
    expect(() => replay('Dockerfile.cloud', tmp(), text.replace('COPY edge ./edge', 'COPY test ./test'))).toThrow(/excluded by \.dockerignore/);
    const twoStages = ['FROM node:20-bookworm-slim AS build', 'WORKDIR /app', 'COPY package.json ./', 'FROM node:20-bookworm-slim', 'WORKDIR /app', 'COPY --from=build /app/dist/cloud ./dist/cloud'].join('\n');
    expect(() => replay('Dockerfile.test', tmp(), twoStages)).toThrow(/the stage does not produce it/);
    expect(() => replay('Dockerfile.test', tmp(), ['FROM node:20-bookworm-slim', 'RUN curl -o x https://example.com/x'].join('\n'))).toThrow(/RUN step the replay does not know/);
    const ignored = dockerignore();
    expect(ignored('node_modules')).toBe(true);
    expect(ignored('.data/cloud/cloud.db')).toBe(true);
    expect(ignored('cloud/main.ts')).toBe(false);
  });
});
