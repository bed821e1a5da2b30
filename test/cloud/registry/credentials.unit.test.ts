// Fridge credentials are hashed in Mosquitto 2's password-file format, so that the same stored
// hash serves the embedded broker and a generated Mosquitto password file; hashes from before
// (scrypt) still verify.
import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashCredential, isMosquittoHash, MOSQUITTO_PBKDF2_ITERATIONS, newCredential, verifyCredential } from '../../../cloud/registry/credentials.js';

describe('fridge credentials (unit)', () => {
  it('hashes as mosquitto_passwd does: $7$, 101 iterations, 12-byte salt, 64-byte PBKDF2-SHA512', () => {
    const secret = newCredential();
    const h = hashCredential(secret);
    const m = /^\$7\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(h);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBe(MOSQUITTO_PBKDF2_ITERATIONS);
    expect(Buffer.from(m![2]!, 'base64')).toHaveLength(12);
    expect(Buffer.from(m![3]!, 'base64')).toHaveLength(64);
    expect(isMosquittoHash(h)).toBe(true);
    expect(verifyCredential(secret, h)).toBe(true);
    expect(verifyCredential(newCredential(), h)).toBe(false);
    expect(hashCredential(secret)).not.toBe(h); // salted
  });

  it('verifies a hash written by mosquitto_passwd 2.0.11 (password "secret")', () => {
    // `mosquitto_passwd -c -b pw alice secret`
    const line = 'alice:$7$101$Prsw+QqmwgMmnuVx$M9CqIfHwu4Qxkxr092V+knf5JlyCiSLBOzreNHQja3gGRb5q4k5kWAUlk/V0JgW3aZPd3QdToekb23pFalvS8w==';
    const hash = line.slice(line.indexOf(':') + 1);
    expect(verifyCredential('secret', hash)).toBe(true);
    expect(verifyCredential('Secret', hash)).toBe(false);
  });

  it('still verifies the scrypt hashes of fridges registered before, which Mosquitto cannot read', () => {
    const secret = newCredential();
    const salt = Buffer.alloc(16, 7);
    const legacy = `scrypt$1024$8$1$${salt.toString('base64url')}$${scryptSync(secret, salt, 32, { N: 1024, r: 8, p: 1 }).toString('base64url')}`;
    expect(verifyCredential(secret, legacy)).toBe(true);
    expect(verifyCredential(newCredential(), legacy)).toBe(false);
    expect(isMosquittoHash(legacy)).toBe(false);
  });

  it('refuses malformed hashes instead of throwing', () => {
    for (const bad of ['', '$7$', '$7$0$AAAA$AAAA', '$7$101$!!$AAAA', '$6$abc$def', 'scrypt$1$2$3', `$7$101$${Buffer.alloc(12).toString('base64')}$${Buffer.alloc(32).toString('base64')}`]) {
      expect(verifyCredential('x', bad)).toBe(false);
      expect(isMosquittoHash(bad)).toBe(false);
    }
  });
});
