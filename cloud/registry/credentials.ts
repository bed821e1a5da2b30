import { createHash, pbkdf2Sync, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// A fridge credential is 32 random bytes (base64url), shown once and stored only as a salted
// hash. The stored hash is in Mosquitto 2's own password-file format, so that the same
// registry row serves the embedded broker and `fridge-cloud mosquitto-auth`, which writes
// Mosquitto's password file from it (an external broker can then verify the fridge without
// the cloud ever keeping the secret):
//
//   $7$<iterations>$<base64 salt>$<base64 PBKDF2-HMAC-SHA512 of the secret>
//
// as mosquitto_passwd writes it (Mosquitto 2.0, `-H sha512-pbkdf2`, the default): a 12-byte
// salt, a 64-byte hash, standard base64 with padding. The secret has 256 bits of entropy, so
// the hash needs no slow work factor to resist guessing; mosquitto_passwd's default of 101
// iterations keeps a fleet reconnecting at once (thousands of CONNECTs after a broker
// restart) cheap to verify, in the embedded broker and in Mosquitto alike.
//
// Fridges registered before kept a `scrypt$N$r$p$salt$hash` (base64url) hash; it still
// verifies here, but Mosquitto cannot read it: rotating such a fridge's credential
// (POST /v1/fridges/{id}/credential) gives it a `$7$` hash.
export const MOSQUITTO_PBKDF2_ITERATIONS = 101;
const SALT_BYTES = 12;
const HASH_BYTES = 64;

export function newCredential(): string {
  return randomBytes(32).toString('base64url');
}

export function hashCredential(secret: string, iterations = MOSQUITTO_PBKDF2_ITERATIONS): string {
  const salt = randomBytes(SALT_BYTES);
  const hash = pbkdf2Sync(secret, salt, iterations, HASH_BYTES, 'sha512');
  return `$7$${iterations}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** True when the stored hash is in Mosquitto's password-file format (`$7$`), false for a legacy one. */
export function isMosquittoHash(stored: string): boolean {
  return parseMosquittoHash(stored) !== undefined;
}

function parseMosquittoHash(stored: string): { iterations: number; salt: Buffer; hash: Buffer } | undefined {
  const m = /^\$7\$([1-9][0-9]{0,8})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/.exec(stored);
  if (m === null) return undefined;
  const salt = Buffer.from(m[2]!, 'base64');
  const hash = Buffer.from(m[3]!, 'base64');
  if (salt.length === 0 || hash.length !== HASH_BYTES) return undefined;
  return { iterations: Number(m[1]), salt, hash };
}

export function verifyCredential(secret: string, stored: string): boolean {
  const mosq = parseMosquittoHash(stored);
  if (mosq !== undefined) {
    const actual = pbkdf2Sync(secret, mosq.salt, mosq.iterations, HASH_BYTES, 'sha512');
    return timingSafeEqual(actual, mosq.hash);
  }
  return verifyLegacyScrypt(secret, stored);
}

/** Hashes written before the Mosquitto format (scrypt, N=1024). */
function verifyLegacyScrypt(secret: string, stored: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(secret, Buffer.from(salt, 'base64url'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * Compares a presented secret (the ingest's, the admin token) with the expected one in
 * constant time: over equal-length SHA-256 digests, so that neither the contents nor the
 * length leak through timing (issue 11 item 15).
 */
export function secretEquals(given: string, expected: string): boolean {
  const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected)) && given.length === expected.length;
}
