import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';

/**
 * Debian's Chromium, headless, with no calls home (the network here is closed). Playwright gives
 * every launch a fresh temporary profile.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * A context whose viewer chose English with the language switch (remembered like the real one), so tests written
 * against the English texts keep reading English on communities whose default language is Spanish.
 */
export async function englishContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  await context.addInitScript(() => window.localStorage.setItem('tejido.language', 'en'));
  return context;
}
