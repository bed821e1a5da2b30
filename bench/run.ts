// npm run bench: runs every benchmark once, prints the figures and writes them to
// bench/results.json. docs/benchmarks.md explains the method and records a run.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchApps } from './apps.js';
import { benchCloudIngest } from './cloud-ingest.js';
import { benchEdgeDrain } from './edge-drain.js';
import { benchFeedClients } from './feed-clients.js';
import { benchFeedTier } from './feed-tier.js';
import { benchOutboxAppend } from './outbox-append.js';
import { benchReports } from './reports.js';
import { benchRestart } from './restart.js';
import { benchScaleOut } from './scale-out.js';
import { benchStorms } from './storms.js';
import { machine, type BenchResult } from './support.js';

// `npm run bench -- <suite> [args]`: one suite; storms takes scenario names (bench/storms.ts).
const [only, ...args] = process.argv.slice(2);
const suites: Array<[string, () => Promise<BenchResult[]> | BenchResult[]]> = [
  ['outbox-append', benchOutboxAppend],
  ['edge-drain', () => benchEdgeDrain()],
  ['cloud-ingest', () => benchCloudIngest()],
  ['apps', () => benchApps()],
  ['scale-out', () => benchScaleOut()],
  ['storms', () => benchStorms(args)],
  ['feed-clients', () => benchFeedClients()],
  ['feed', () => benchFeedTier()],
  ['reports', () => benchReports()],
  ['restart', () => benchRestart()],
];

const results: BenchResult[] = [];
for (const [name, run] of suites) {
  if (only !== undefined && name !== only) continue;
  process.stdout.write(`\n== ${name}\n`);
  for (const r of await run()) {
    results.push(r);
    process.stdout.write(`${r.name}\n`);
    for (const [k, v] of Object.entries(r.figures)) process.stdout.write(`  ${k}: ${v}\n`);
    if (r.goal) process.stdout.write(`  goal ${r.goal}: ${r.met ? 'met' : 'NOT met'}\n`);
  }
}
const file = path.join(import.meta.dirname, 'results.json');
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), machine: machine(), results }, null, 2) + '\n');
process.stdout.write(`\nwritten to ${file}\n`);
