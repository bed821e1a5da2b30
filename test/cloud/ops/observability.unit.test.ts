// The Grafana dashboard and the Prometheus alert rules query only metrics (and labels) that the
// cloud's registry has, and docs/operations.md describes every metric the cloud serves.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createFeedMetrics } from '../../../cloud/feed/metrics.js';
import { createCloudMetrics } from '../../../cloud/metrics.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');

/** Every series name the cloud serves on /metrics, with its label names. */
async function cloudSeries(): Promise<Map<string, Set<string>>> {
  const metrics = createCloudMetrics();
  createFeedMetrics(metrics.registry);
  const series = new Map<string, Set<string>>();
  for (const m of await metrics.registry.getMetricsAsJSON()) {
    const labels = new Set<string>();
    for (const v of m.values) for (const l of Object.keys(v.labels)) labels.add(l);
    for (const l of (metrics.registry.getSingleMetric(m.name) as unknown as { labelNames?: string[] }).labelNames ?? []) labels.add(l);
    // prom-client types it as a numeric enum; at run time it is the exposition's type name.
    const type = m.type as unknown as string;
    const names = type === 'histogram' ? ['_bucket', '_sum', '_count'].map((s) => m.name + s) : type === 'summary' ? [m.name, `${m.name}_sum`, `${m.name}_count`] : [m.name];
    for (const n of names) series.set(n, new Set([...labels, ...(n.endsWith('_bucket') ? ['le'] : []), ...(type === 'summary' ? ['quantile'] : [])]));
  }
  return series;
}

const PROMQL_WORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'and', 'or', 'unless', 'offset', 'inf', 'nan']);
/** Series Prometheus makes itself, not the cloud. */
const PROMETHEUS_SERIES = new Set(['up']);

/** The metric names and their label matchers in a PromQL expression. */
function selectors(expr: string): Array<{ name: string; labels: string[] }> {
  const text = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""') // strings
    .replace(/\[[^\]]*\]/g, '') // ranges
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ''); // label lists
  const out: Array<{ name: string; labels: string[] }> = [];
  for (const m of text.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\{[^}]*\})?\s*(\()?/g)) {
    const [, name, matchers, call] = m;
    if (call !== undefined || PROMQL_WORDS.has(name!.toLowerCase()) || /^\d/.test(name!)) continue;
    const labels = [...(matchers ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)/g)].map((l) => l[1]!);
    out.push({ name: name!, labels });
  }
  return out;
}

function checkExpressions(where: string, exprs: readonly string[], series: Map<string, Set<string>>): number {
  let n = 0;
  for (const expr of exprs) {
    const found = selectors(expr);
    expect(found.length, `${where}: no metric in "${expr}"`).toBeGreaterThan(0);
    for (const s of found) {
      n++;
      if (PROMETHEUS_SERIES.has(s.name)) continue;
      expect(series.has(s.name), `${where}: "${expr}" queries ${s.name}, which the cloud does not serve`).toBe(true);
      for (const l of s.labels) expect(series.get(s.name)!.has(l), `${where}: ${s.name} has no label "${l}"`).toBe(true);
    }
  }
  return n;
}

interface GrafanaPanel {
  title?: string;
  type: string;
  targets?: Array<{ expr: string }>;
  panels?: GrafanaPanel[];
}

describe('dashboard, alerts and the metrics doc (unit)', () => {
  it('the expression checker finds metrics, labels and nothing else', () => {
    expect(selectors('histogram_quantile(0.99, sum by (le) (rate(ff_cloud_ack_latency_seconds_bucket[5m]))) > 0.25')).toEqual([{ name: 'ff_cloud_ack_latency_seconds_bucket', labels: [] }]);
    expect(selectors('sum(rate(x_total{reason!="http_validation", kind=~"a|b"}[10m])) / clamp_min(sum(rate(y_total[10m])), 0.001)')).toEqual([{ name: 'x_total', labels: ['reason', 'kind'] }, { name: 'y_total', labels: [] }]);
    expect(selectors('time() - a_seconds > 10 * 60 and on (fridge) b')).toEqual([{ name: 'a_seconds', labels: [] }, { name: 'b', labels: [] }]);
  });

  it('deploy/grafana/fridge-gateway.json is a dashboard whose every query names served metrics', async () => {
    const series = await cloudSeries();
    const dash = JSON.parse(read('deploy/grafana/fridge-gateway.json')) as { title: string; uid: string; panels: GrafanaPanel[] };
    expect(dash.title).toBeTruthy();
    expect(dash.uid).toMatch(/^[a-zA-Z0-9_-]{1,40}$/);
    const all = (ps: readonly GrafanaPanel[]): GrafanaPanel[] => ps.flatMap((p) => [p, ...all(p.panels ?? [])]);
    const panels = all(dash.panels).filter((p) => p.type !== 'row');
    expect(panels.length).toBeGreaterThan(10);
    for (const p of panels) expect(p.targets?.length, `panel "${p.title}" has no query`).toBeGreaterThan(0);
    const n = checkExpressions('grafana', panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr)), series);
    expect(n).toBeGreaterThan(20);
    // What an operator watches is on it.
    const text = JSON.stringify(dash);
    for (const m of ['ff_cloud_batches_total', 'ff_cloud_rejects_total', 'ff_cloud_ack_latency_seconds_bucket', 'ff_cloud_fridges_online', 'ff_cloud_fridge_outbox_backlog_events', 'ff_cloud_feed_connections', 'ff_cloud_feed_dropped_total', 'ff_cloud_event_store_bytes']) expect(text).toContain(m);
  });

  it('deploy/prometheus/alerts.yml has the operator\'s alerts, each on served metrics, and prometheus.yml loads it', async () => {
    const series = await cloudSeries();
    const rules = parse(read('deploy/prometheus/alerts.yml')) as { groups: Array<{ name: string; rules: Array<{ alert: string; expr: string; for?: string; labels?: { severity?: string }; annotations?: { summary?: string } }> }> };
    const all = rules.groups.flatMap((g) => g.rules);
    const names = all.map((r) => r.alert);
    expect(new Set(names).size).toBe(names.length);
    for (const want of ['FridgeOffline', 'FridgeTemperatureExcursion', 'FridgeOutboxBacklogGrowing', 'IngestRejectRate']) expect(names).toContain(want);
    for (const r of all) {
      expect(['warning', 'critical'], `${r.alert}: severity`).toContain(r.labels?.severity);
      expect(r.annotations?.summary, `${r.alert}: summary`).toBeTruthy();
      if (r.for !== undefined) expect(r.for).toMatch(/^\d+[smh]$/);
    }
    checkExpressions('alerts', all.map((r) => r.expr), series);
    const prom = parse(read('deploy/prometheus/prometheus.yml')) as { rule_files: string[]; scrape_configs: Array<{ job_name: string; static_configs: Array<{ targets: string[] }> }> };
    expect(prom.rule_files).toContain('/etc/prometheus/alerts.yml');
    // FridgeCloudDown's `up{job="fridge-cloud"}` is this scrape job's.
    expect(prom.scrape_configs.map((s) => s.job_name)).toContain('fridge-cloud');
  });

  it('docs/operations.md describes every metric the cloud serves', async () => {
    const doc = read('docs/operations.md');
    const metrics = createCloudMetrics();
    createFeedMetrics(metrics.registry);
    const own = (await metrics.registry.getMetricsAsJSON()).map((m) => m.name).filter((n) => !/^ff_cloud_(process|nodejs)_/.test(n));
    expect(own.length).toBeGreaterThan(15);
    for (const name of own) expect(doc, `docs/operations.md does not mention ${name}`).toContain(name);
    expect(doc).toContain('deploy/grafana/fridge-gateway.json');
    expect(doc).toContain('deploy/prometheus/alerts.yml');
  });

  it('docs/operations.md lists every reason the cloud counts in ff_cloud_rejects_total', () => {
    const row = read('docs/operations.md').split('\n').find((l) => l.startsWith('| `ff_cloud_rejects_total`'));
    expect(row).toBeDefined();
    const reasons = new Set<string>();
    const files = readdirSync(path.join(ROOT, 'cloud'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    // The literal reasons of every `rejects.inc({ reason: ... })` (a ternary gives two); the
    // batch validation's reasons come through a variable and are listed in the row as well.
    for (const f of files) for (const call of read(path.join('cloud', f)).matchAll(/rejects\.inc\(\{ reason: ([^}]*)\}/g)) for (const q of call[1]!.matchAll(/'([a-z_]+)'/g)) reasons.add(q[1]!);
    expect([...reasons]).toEqual(expect.arrayContaining(['reads_busy', 'stale_decision', 'fence_lost', 'cursor_conflict', 'http_validation', 'internal_error']));
    for (const r of reasons) expect(row, `docs/operations.md: ff_cloud_rejects_total does not list the reason ${r}`).toMatch(new RegExp(`\\b${r}\\b`));
  });
});
