/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser; the build, which has no DOM types, never compiles this file)
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { skipNotice } from '../helpers/skip-notice';

/** Debian's chromium (`apt-get install -y chromium`; `.ci/run` installs it when missing). */
export const CHROMIUM = '/usr/bin/chromium';

/** The flags of ../shared/reference/TOOLCHAIN.md: no sandbox (root in CI), no GPU, no background traffic on a closed network. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * `describe` when Chromium is installed; otherwise the block is skipped with a notice on stderr, unless
 * LIGHTHOUSE_REQUIRE_CHROMIUM is set (`.ci/run` sets it: CI must never skip them silently).
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, body);
    return;
  }
  if (process.env.LIGHTHOUSE_REQUIRE_CHROMIUM) throw new Error(`${CHROMIUM} is missing and LIGHTHOUSE_REQUIRE_CHROMIUM is set: apt-get install -y chromium`);
  skipNotice(`the browser tests: ${CHROMIUM} not found (apt-get install -y chromium, or run .ci/run)`);
  describe.skip(name, body);
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

/** A page opened from a file, with what it did: console errors, uncaught errors, dialogs, requests. */
export interface OpenedPage {
  readonly page: Page;
  readonly url: string;
  readonly errors: string[];
  readonly requests: string[];
  readonly dialogs: string[];
}

/** Writes `html` to a fresh temporary file and opens it as a user opens a CI artifact (file:// URL). */
export async function openReport(browser: Browser, html: string, viewport = { width: 1400, height: 900 }): Promise<OpenedPage> {
  const file = join(mkdtempSync(join(tmpdir(), 'lighthouse-html-')), 'report.html');
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`); });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
  // How long loading takes is measured by `npm run bench` (browser load), never in a test.
  await page.goto(url, { waitUntil: 'load' });
  return { page, url, errors, requests, dialogs };
}

/** The WCAG contrast ratio of two `rgb(…)`/`rgba(…)` colours (alpha ignored: callers pass opaque colours). */
export function contrast(foreground: string, background: string): number {
  const luminance = (color: string): number => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}
