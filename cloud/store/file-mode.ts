import { chmodSync, existsSync } from 'node:fs';

/**
 * Makes files readable and writable by their owner only (0600): the store holds the fridges'
 * credential hashes and every event (issue 11 item 15). Files that do not exist are skipped.
 */
export function ownerOnly(...files: string[]): void {
  for (const f of files) if (existsSync(f)) chmodSync(f, 0o600);
}
