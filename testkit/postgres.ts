import { randomBytes } from 'node:crypto';
import { Client, DatabaseError } from 'pg';
import { afterEach } from 'vitest';

/**
 * The server the PostgreSQL tests use: a maintenance database on it (usually `postgres`) to
 * create and drop one database per test in. .ci/run starts PostgreSQL and exports it.
 */
export const TEST_DATABASE_URL = process.env['FF_TEST_DATABASE_URL'] ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

/** In CI the PostgreSQL tests must run: an unreachable server fails them instead of skipping. */
export const postgresRequired = (): boolean => process.env['CI'] !== undefined;

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

let available: Promise<boolean> | undefined;

/** Whether the test server answers (asked once per test file). */
export function postgresAvailable(): Promise<boolean> {
  available ??= admin(async (c) => {
    await c.query('SELECT 1');
    return true;
  }).catch(() => false);
  return available;
}

/**
 * Why the PostgreSQL tests of this file are skipped, or undefined when they run: they skip
 * only when the server is unreachable and CI is not set. Use with `describe.skipIf`.
 */
export async function postgresSkipReason(): Promise<string | undefined> {
  if (await postgresAvailable()) return undefined;
  const where = redact(TEST_DATABASE_URL);
  if (postgresRequired()) return undefined; // run, and fail in createTestDatabase
  const reason = `PostgreSQL not reachable at ${where} (set FF_TEST_DATABASE_URL); PostgreSQL tests skipped`;
  console.warn(reason);
  return reason;
}

const redact = (url: string): string => {
  const u = new URL(url);
  u.password = '';
  return u.toString();
};

export interface TestDatabase {
  /** Connection URL of the new database. */
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A new, empty database `ff_test_<random hex>` on the test server. It gets an ICU collation
 * where possible (byte order differs from it, as on most production servers: code that sorts
 * text must say how), else the server's default.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `ff_test_${randomBytes(6).toString('hex')}`;
  try {
    await admin(async (c) => {
      try {
        await c.query(`CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'und' LOCALE 'C.UTF-8'`);
      } catch (err) {
        if (!(err instanceof DatabaseError)) throw err;
        await c.query(`CREATE DATABASE ${name}`);
      }
    });
  } catch (err) {
    if (err instanceof DatabaseError) throw err;
    const why = postgresRequired() ? 'CI is set, so the PostgreSQL tests fail instead of skipping' : 'is it running?';
    throw new Error(`PostgreSQL not reachable at ${redact(TEST_DATABASE_URL)} (${why}): ${String(err)}`, { cause: err });
  }
  const u = new URL(TEST_DATABASE_URL);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    name,
    drop: () => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

/** A fresh database per call, each dropped after the test (closing its connections). */
export function usePostgres(): () => Promise<TestDatabase> {
  const dbs: TestDatabase[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.drop();
  });
  return async () => {
    const db = await createTestDatabase();
    dbs.push(db);
    return db;
  };
}
