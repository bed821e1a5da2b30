// The demo's setup through the real admin API, shared by `npm start` (scripts/start.ts) and the
// dashboard's browser test: the scenario's meals, its fridges with their MQTT credentials, the
// kitchen's packing records for the simulated meals, and a demo user's token.
import type { FridgeInfo, Scenario, Simulation } from '../simulator/index.js';

/** An admin API call (Authorization: Bearer <admin token>); the body parsed as JSON. */
export type AdminApi = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

const field = (body: unknown, key: string): unknown => (typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined);

function expectStatus(what: string, r: { status: number; body: unknown }, ...ok: number[]): void {
  if (!ok.includes(r.status)) throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.body)}`);
}

/** The scenario's meals with their facts (PUT: idempotent, so a second start changes nothing). */
export async function registerMeals(api: AdminApi, scenario: Scenario): Promise<number> {
  for (const m of scenario.meals) {
    const r = await api('PUT', `/v1/meals/${m.gtin}`, {
      name: m.name,
      nutrition: { kcal: m.nutrition.kcal, protein_g: m.nutrition.proteinG, carbohydrate_g: m.nutrition.carbsG, fat_g: m.nutrition.fatG },
      allergens: m.nutrition.allergens ?? [],
      price: { amount_cents: m.priceCents, currency: 'EUR' },
      nominal_weight_g: m.nominalWeightG,
    });
    expectStatus(`meal ${m.gtin}`, r, 200);
  }
  return scenario.meals.length;
}

/**
 * Registers the fridges and answers each one's MQTT password. A fridge registered by an
 * earlier run gets a new credential (the cloud keeps only a hash of the old one).
 */
export async function registerFridges(api: AdminApi, fridges: readonly FridgeInfo[]): Promise<Map<string, string>> {
  const passwords = new Map<string, string>();
  for (const f of fridges) {
    let r = await api('POST', '/v1/fridges', { id: f.fridgeId, district: f.district, name: f.name, location: { lat: f.lat, lon: f.lon } });
    if (r.status === 409) r = await api('POST', `/v1/fridges/${f.fridgeId}/credential`);
    expectStatus(`fridge ${f.fridgeId}`, r, 200, 201);
    const password = field(field(r.body, 'mqtt'), 'password');
    if (typeof password !== 'string') throw new Error(`fridge ${f.fridgeId}: no MQTT password in the answer`);
    passwords.set(f.fridgeId, password);
  }
  return passwords;
}

/**
 * The kitchen's packing records: every simulated meal not yet registered (EPC, GTIN,
 * best-before, and the order of a personal meal). Each call registers what is new since the
 * last one and answers the fridges that got new tags, and how many tags.
 */
export function packingRecords(api: AdminApi, sim: Pick<Simulation, 'truth'>): () => Promise<{ fridges: string[]; tags: number }> {
  const registered = new Set<string>();
  return async () => {
    const fridges: string[] = [];
    let count = 0;
    for (const [fridgeId, items] of Object.entries(sim.truth().items)) {
      const tags = items
        .filter((i) => !registered.has(i.epc))
        .map((i) => ({ epc: i.epc, gtin: i.gtin, best_before: new Date(i.expiresAtMs).toISOString(), ...(i.personalFor !== undefined ? { order_id: `order-${i.epc.slice(-6)}`, user_id: i.personalFor } : {}) }));
      if (tags.length === 0) continue;
      const r = await api('POST', '/v1/tags', { fridge_id: fridgeId, tags });
      expectStatus(`tags of ${fridgeId}`, r, 201);
      for (const t of tags) registered.add(t.epc);
      fridges.push(fridgeId);
      count += tags.length;
    }
    return { fridges, tags: count };
  };
}

/** A user token for the dashboard's reserve button (POST /v1/admin/demo-token, docs/api.md). */
export async function demoUserToken(api: AdminApi, userId: string, ttlS: number): Promise<{ token: string; expiresAt: string }> {
  const r = await api('POST', '/v1/admin/demo-token', { user_id: userId, ttl_s: ttlS });
  expectStatus('demo token', r, 201);
  const token = field(r.body, 'token');
  const expiresAt = field(r.body, 'expires_at');
  if (typeof token !== 'string' || typeof expiresAt !== 'string') throw new Error('demo token: unexpected answer');
  return { token, expiresAt };
}

/** The dashboard's address; the token rides in the fragment, which browsers never send. */
export function dashboardUrl(base: string, token?: string): string {
  return `${base}/dashboard/${token === undefined ? '' : `#token=${encodeURIComponent(token)}`}`;
}
