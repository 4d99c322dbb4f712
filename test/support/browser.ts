import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, afterEach } from 'vitest';

/**
 * Console errors and warnings, and uncaught page errors, seen since the last check. Every test that imports
 * this module fails on any of them (afterEach below): a warning in the browser is a bug until shown otherwise.
 */
const problems: string[] = [];
/** What a test expects a page to print (a refused request it provokes on purpose), per page. */
const expected = new WeakMap<Page, RegExp[]>();
const watched = new WeakSet<BrowserContext>();

/** Lets `page` print console messages matching `pattern` without failing the test (say why where you call it). */
export function expectConsole(page: Page, pattern: RegExp): void {
  expected.set(page, [...(expected.get(page) ?? []), pattern]);
}

function record(page: Page, text: string): void {
  if ((expected.get(page) ?? []).some((pattern) => pattern.test(text))) return;
  problems.push(`${page.url()}: ${text}`);
}

function watchPage(page: Page): void {
  page.on('console', (message: ConsoleMessage) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const { url, lineNumber } = message.location();
    record(page, `console.${type}: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => record(page, `uncaught: ${error.message}`));
}

function watchContext(context: BrowserContext): BrowserContext {
  if (watched.has(context)) return context;
  watched.add(context);
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return context;
}

function failOnConsoleProblems(): void {
  if (problems.length === 0) return;
  const seen = problems.splice(0);
  throw new Error(`The browser printed ${seen.length} console error(s) or warning(s):\n${seen.join('\n')}`);
}
// Benchmarks launch Chromium through this module too, outside a test run.
if (process.env.VITEST) {
  afterEach(failOnConsoleProblems);
  afterAll(failOnConsoleProblems);
}

/**
 * Debian's Chromium, headless, with no calls home (the network here is closed). Playwright gives
 * every launch a fresh temporary profile. Every page of every context it opens is watched for console
 * errors and warnings.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => watchContext(await newContext(options));
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    watchContext(page.context());
    return page;
  };
  return browser;
}

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * A context whose viewer chose `lang` with the language switch (remembered like the real one), so a test reads
 * the texts it is written against whatever the community's default language.
 */
export async function chosenLanguageContext(browser: Browser, lang: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  // The script runs in every document, about:blank too, where storage is denied: only pages of the app matter.
  await context.addInitScript((chosen) => {
    try {
      window.localStorage.setItem('tejido.language', chosen);
    } catch {
      // not a page of the app
    }
  }, lang);
  return context;
}

/** A context whose viewer chose English with the switch (tests written against the English texts). */
export function englishContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return chosenLanguageContext(browser, 'en', { locale: 'en-US', ...options });
}
