import { existsSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium): playwright-core drives it, nothing is downloaded. */
export const CHROMIUM = '/usr/bin/chromium';

export const hasChromium = (): boolean => existsSync(CHROMIUM);

/**
 * Headless Chromium with its own profile in `userDataDir` (a fresh temp dir per test). The
 * flags keep it off the network: without them it keeps calling Google services, which on a
 * closed network means a flood of failing connections.
 */
export function launchChromium(userDataDir: string, viewport = { width: 1440, height: 1000 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
