import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// A fridge credential is 32 random bytes (base64url), shown once and stored only as a salted
// scrypt hash. The secret has 256 bits of entropy, so the hash needs no slow work factor to
// resist guessing; a modest cost keeps a fleet reconnecting at once (thousands of
// CONNECTs after a broker restart) cheap to verify.
const N = 1024;
const R = 8;
const P = 1;
const KEYLEN = 32;

export function newCredential(): string {
  return randomBytes(32).toString('base64url');
}

export function hashCredential(secret: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(secret, salt, KEYLEN, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

export function verifyCredential(secret: string, stored: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(secret, Buffer.from(salt, 'base64url'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
