/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser; the build, which has no DOM types, never compiles this file)
import type { Browser, Locator, Page } from 'playwright-core';
import { estateYaml } from '../../bench/estate';
import { accessMatrix } from '../../lib/report/access-matrix';
import { visibleText } from '../../lib/report/html/escape';
import { exampleHtml, HOSTILE, HOSTILE_MANIFEST, htmlReportOf, planOf, separateGroups } from '../report/html/html-helpers';
import { contrast, describeInBrowser, launch, OpenedPage, openReport } from './chromium';

jest.setTimeout(120_000);

/** Texts of the visible elements a locator matches, whitespace collapsed. */
async function texts(locator: Locator): Promise<string[]> {
  const all = await locator.evaluateAll((elements) => elements.filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'sticky').map((e) => ((e as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim()));
  return all;
}

const rowHeaders = (page: Page) => texts(page.locator('#access-matrix tbody tr:not(.more) > th .n'));
const columnHeaders = (page: Page) => texts(page.locator('#access-matrix thead th[scope=col]'));

/** The filters redraw after a short pause (typing is debounced): wait until the status line says `text`. */
async function statusSays(page: Page, text: RegExp): Promise<void> {
  await page.locator('#matrix-status').filter({ hasText: text }).waitFor();
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text !== '') await page.keyboard.type(text);
}

/** Types `query` into the principal filter, expects exactly `rows` to stay, then clears the filter again. */
async function principalFilterKeeps(page: Page, query: string, rows: readonly string[], total: number): Promise<void> {
  await typeInto(page, '#filter-principal', query);
  await statusSays(page, new RegExp(`Showing ${rows.length} of ${total} principals`));
  expect(await rowHeaders(page)).toEqual(rows);
  await typeInto(page, '#filter-principal', '');
  await statusSays(page, new RegExp(`Showing ${total} of ${total} principals`));
}

async function screenshotIsNotBlank(page: Page): Promise<void> {
  const png = await page.screenshot({ fullPage: false });
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.length).toBeGreaterThan(20_000); // a blank 1400x900 page compresses to a few kB
}

describeInBrowser('HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  function expectQuiet(opened: OpenedPage): void {
    expect(opened.errors).toEqual([]);
    expect(opened.dialogs).toEqual([]);
    expect(opened.requests).toEqual([opened.url]); // the file itself, nothing else
  }

  describe('the example (examples/contoso)', () => {
    let opened: OpenedPage;
    let page: Page;
    beforeAll(async () => {
      opened = await openReport(browser, exampleHtml());
      page = opened.page;
    });
    afterAll(async () => { await page?.close(); });

    test('loads without a console error and without a single request beyond the file', async () => {
      expect(await page.title()).toBe('Access report: examples/contoso/lighthouse.yaml');
      expectQuiet(opened);
    });

    test('the matrix shows every principal, customer and role', async () => {
      expect(await rowHeaders(page)).toEqual(['Contoso NOC Readers', 'Contoso Ops Engineers', 'Contoso Security Analysts', 'Contoso Security Leads', 'Contoso Deploy Pipeline']);
      expect(await columnHeaders(page)).toEqual(['Principal', 'Fabrikam Ltd fabrikam', 'Northwind Traders northwind', 'Tailspin Toys tailspin']);
      const ops = page.locator('#access-matrix tbody tr', { hasText: 'Contoso Ops Engineers' });
      expect(await texts(ops.locator('td'))).toEqual(['Reader Contributor eligible J1', 'Reader', 'Reader Contributor eligible J1']);
      expect(await ops.locator('td').first().locator('.r.eligible').getAttribute('title')).toMatch(/J1: up to PT4H, MFA required, approvers Contoso Security Leads/);
      const pipeline = page.locator('#access-matrix tbody tr', { hasText: 'Contoso Deploy Pipeline' });
      expect((await texts(pipeline.locator('td')))[0]).toBe('User Access Administrator may assign Contributor, Monitoring Contributor Monitoring Contributor');
    });

    test('the LH301 principals are highlighted, with the customers they reach shaded', async () => {
      const style = (name: string) => page.locator('#access-matrix tbody tr', { hasText: name }).locator('th').evaluate((th) => getComputedStyle(th).backgroundColor + getComputedStyle(th).boxShadow);
      const plain = await style('Contoso Deploy Pipeline');
      expect(await style('Contoso Ops Engineers')).not.toBe(plain);
      expect(await style('Contoso Security Analysts')).toBe(await style('Contoso Ops Engineers'));
      expect(await style('Contoso NOC Readers')).not.toBe(plain); // suppressed: highlighted as accepted
      expect(await style('Contoso NOC Readers')).not.toBe(await style('Contoso Ops Engineers'));
      const shaded = await page.locator('#access-matrix tbody tr', { hasText: 'Contoso Ops Engineers' }).locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td).backgroundColor));
      expect(shaded[0]).toBe(shaded[2]);
      expect(shaded[1]).not.toBe(shaded[0]);
      expect(await page.locator('tr.lh301:not(.accepted) .reach-note').allTextContents()).toEqual(['LH301 same access on 2 customers: fabrikam, tailspin', 'LH301 same access on 2 customers: fabrikam, tailspin']);
    });

    test('typing in the principal filter hides the other rows; the role filter keeps the principals that hold the role', async () => {
      await principalFilterKeeps(page, 'ops eng', ['Contoso Ops Engineers'], 5);
      await page.locator('#filter-role').selectOption({ label: 'Security Admin' });
      await statusSays(page, /Showing 1 of 5 principals/);
      expect(await rowHeaders(page)).toEqual(['Contoso Security Analysts']);
      await page.locator('#filter-role').selectOption({ label: 'Reader' });
      expect(await rowHeaders(page)).toEqual(['Contoso NOC Readers', 'Contoso Ops Engineers']);
      await page.locator('#filter-role').selectOption('');
      await statusSays(page, /Showing 5 of 5 principals/);
    });

    test('the customer filter keeps the matching columns, the principals with access there, and their findings', async () => {
      await typeInto(page, '#filter-customer', 'north');
      await statusSays(page, /and 1 of 3 customers/);
      expect(await columnHeaders(page)).toEqual(['Principal', 'Northwind Traders northwind']);
      expect(await rowHeaders(page)).toEqual(['Contoso NOC Readers', 'Contoso Ops Engineers', 'Contoso Security Analysts']);
      expect(await texts(page.locator('#findings details.fc > summary h3'))).toEqual(['(plan-wide)']);
      await typeInto(page, '#filter-customer', '');
      await statusSays(page, /and 3 of 3 customers/);
      expect(await texts(page.locator('#findings details.fc > summary h3'))).toEqual(['(plan-wide)', 'Fabrikam Ltd fabrikam', 'Tailspin Toys tailspin']);
    });

    test('the filters are reachable with the keyboard, in reading order, and labelled', async () => {
      await page.locator('nav a').last().focus();
      const order: string[] = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        order.push(await page.evaluate(() => {
          const e = document.activeElement as HTMLElement;
          return e.id || e.className || e.tagName;
        }));
      }
      expect(order).toEqual(['filter-principal', 'filter-role', 'filter-customer', 'matrix']);
      for (const id of ['filter-principal', 'filter-role', 'filter-customer']) {
        expect(await page.locator(`label[for="${id}"]`).count()).toBe(1);
      }
    });

    test('text has a contrast of at least 4.5:1 against its background', async () => {
      const pairs = await page.evaluate(() => {
        const background = (e: Element | null): string => {
          for (; e; e = e.parentElement) {
            const color = getComputedStyle(e).backgroundColor;
            if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
          }
          return 'rgb(255, 255, 255)';
        };
        const selectors = ['body', 'h1', 'small', '.muted', 'a', 'button', '.b.error', '.b.warning', '.b.info', '.b.suppressed', '.r.active', '.r.eligible', '.r.eligible small',
          'tr.lh301 > th', 'tr.lh301 .reach-note', 'tr.lh301.accepted .reach-note', 'td.reach .r', 'thead th', 'tr.sup td', '.k', 'input', 'select'];
        return selectors.flatMap((selector) => [...document.querySelectorAll(selector)].slice(0, 3).map((e) => ({ selector, fg: getComputedStyle(e).color, bg: background(e) })));
      });
      expect(pairs.length).toBeGreaterThan(30);
      const low = pairs.map((p) => ({ ...p, ratio: contrast(p.fg, p.bg) })).filter((p) => p.ratio < 4.5);
      expect(low).toEqual([]);
    });

    test('prints without the controls and with the whole matrix', async () => {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.filters').evaluate((e) => getComputedStyle(e).display)).toBe('none');
      expect(await page.locator('.matrix').evaluate((e) => getComputedStyle(e).overflow)).toBe('visible');
      expect((await page.pdf()).length).toBeGreaterThan(10_000);
      await page.emulateMedia({ media: 'screen' });
    });

    test('a screenshot is not blank', async () => {
      await screenshotIsNotBlank(page);
      expectQuiet(opened);
    });
  });

  describe('an estate of 1,000 customers', () => {
    const plan = planOf(estateYaml({ customers: 1000, subscriptions: 3, authorizations: 10, seed: 42 }), 'estate-1000.yaml');
    const matrix = accessMatrix(plan);
    let opened: OpenedPage;
    let page: Page;
    beforeAll(async () => {
      opened = await openReport(browser, htmlReportOf(plan));
      page = opened.page;
    });
    afterAll(async () => { await page?.close(); });

    test('loads quietly and shows every principal, and one column per kind of access', async () => {
      expectQuiet(opened);
      expect(await rowHeaders(page)).toEqual(plan.principals.map((p) => p.displayName));
      const headers = (await columnHeaders(page)).slice(1);
      expect(headers).toEqual(matrix.columns.map((c) => expect.stringMatching(new RegExp(`^${c.customers.length.toLocaleString('en-US')} customers with the same access: show ${c.customers.slice(0, 3).map((x) => x.key).join(', ')}, …$`))));
      expect(matrix.columns.reduce((n, c) => n + c.customers.length, 0)).toBe(1000);
      await statusSays(page, /12 principals × 1,000 customers in 4 columns/);
    });

    test('the LH301 principals are highlighted', async () => {
      const highlighted = await texts(page.locator('#access-matrix tbody tr.lh301:not(.accepted) > th .n'));
      expect(highlighted.length).toBeGreaterThan(0);
      expect(await texts(page.locator('#access-matrix tbody tr.lh301.accepted > th .n'))).toEqual(['Group 0']); // the manifest suppresses LH301 for p0
      const th = page.locator('#access-matrix tbody tr.lh301:not(.accepted) > th').first();
      expect(await th.evaluate((e) => getComputedStyle(e).boxShadow)).not.toBe('none');
    });

    test('expanding a collapsed group shows its customers, 100 at a time, with the group\'s access; hiding folds it back', async () => {
      const group = matrix.columns[0];
      const toggle = page.locator('#access-matrix thead button[data-expand="0"]');
      await toggle.focus();
      await page.keyboard.press('Enter'); // keyboard-usable
      await page.locator('#access-matrix thead th.member').first().waitFor();
      expect(await page.locator('#access-matrix thead button[data-expand="0"]').getAttribute('aria-expanded')).toBe('true');
      const members = () => texts(page.locator('#access-matrix thead th.member .k'));
      expect(await members()).toEqual(group.customers.slice(0, 100).map((c) => c.key));
      const more = page.locator('#access-matrix thead button[data-more-members="0"]');
      expect(await more.textContent()).toBe(`show 100 more`);
      // A member's cells read like the group's.
      const row = page.locator('#access-matrix tbody tr', { hasText: 'Group 1' }).first();
      const cells = await texts(row.locator('td'));
      expect(cells[1]).toBe(cells[0]);
      await more.click();
      expect(await members()).toEqual(group.customers.slice(0, 200).map((c) => c.key));
      await page.locator('#access-matrix thead button[data-expand="0"]').click();
      expect(await page.locator('#access-matrix thead th.member').count()).toBe(0);
      expect(await page.locator('#access-matrix thead button[data-expand="0"]').getAttribute('aria-expanded')).toBe('false');
    });

    test('typing in the principal filter hides the other rows', async () => {
      await principalFilterKeeps(page, 'group 5', ['Group 5'], 12);
    });

    test('the customer filter finds one customer among 1,000: its column, its members, its findings', async () => {
      await typeInto(page, '#filter-customer', 'customer999');
      await statusSays(page, /and 1 of 1,000 customers/);
      const column = matrix.columns.findIndex((c) => c.customers.some((x) => x.key === 'customer999'));
      expect(await page.locator('#access-matrix thead th.grp .m').allTextContents()).toEqual([' (1 match)']);
      await page.locator(`#access-matrix thead button[data-expand="${column}"]`).click();
      expect(await texts(page.locator('#access-matrix thead th.member .k'))).toEqual(['customer999']);
      const listed = page.locator('#findings-list details.fc');
      expect(await texts(listed.locator('summary h3'))).toEqual(['Customer 999 customer999']);
      await listed.locator('summary').click();
      const rows = listed.locator('table.ft tbody tr:not(:first-child)');
      await rows.first().waitFor();
      const messages = await texts(rows.locator('td:nth-child(2)'));
      expect(messages.length).toBe(plan.delegations.filter((d) => d.customer === 'customer999').length); // one LH205 per subscription
      expect(messages.every((m) => m.includes('customer customer999,'))).toBe(true);
      await page.locator(`#access-matrix thead button[data-expand="${column}"]`).click();
      await typeInto(page, '#filter-customer', '');
      await statusSays(page, /and 1,000 of 1,000 customers/);
    });

    test('the findings list shows 100 customers at first and more on demand', async () => {
      const listed = page.locator('#findings-list details.fc');
      expect(await listed.count()).toBe(100);
      await page.locator('#findings-list button[data-more-findings]').click();
      expect(await listed.count()).toBe(200);
      expect(await page.locator('#findings-list p.more').textContent()).toMatch(/^Showing 200 of 1,000 customers with findings\. show 100 more$/);
    });

    test('a screenshot is not blank, and nothing was requested or logged', async () => {
      await screenshotIsNotBlank(page);
      expectQuiet(opened);
    });
  });

  describe('a group per customer (250 principals, 250 distinct columns)', () => {
    let opened: OpenedPage;
    let page: Page;
    beforeAll(async () => {
      opened = await openReport(browser, htmlReportOf(planOf(separateGroups(250))));
      page = opened.page;
    });
    afterAll(async () => { await page?.close(); });

    test('shows the first 200 principals and 100 columns, and the rest page by page', async () => {
      expectQuiet(opened);
      const columns = async () => (await columnHeaders(page)).filter((h) => h.startsWith('Customer '));
      expect(await rowHeaders(page)).toHaveLength(200);
      expect(await columns()).toHaveLength(100);
      await page.locator('button[data-more-rows]').click();
      expect(await rowHeaders(page)).toHaveLength(250);
      expect(await page.locator('button[data-more-rows]').count()).toBe(0);
      await page.locator('button[data-more-columns]').click();
      expect(await columns()).toHaveLength(200);
      await page.locator('button[data-more-columns]').click();
      expect((await columns()).slice(-1)).toEqual(['Customer 249 c249']);
      expect(await page.locator('button[data-more-columns]').count()).toBe(0);
      // Each principal's only access is on its own customer: the diagonal.
      const last = page.locator('#access-matrix tbody tr', { hasText: 'Group 249' });
      expect((await texts(last.locator('td'))).filter((t) => t !== '')).toEqual(['Reader Managed Services Registration assignment Delete Role']);
    });

    test('filtering by customer keeps only the principals with access there', async () => {
      await typeInto(page, '#filter-customer', 'customer 249');
      await statusSays(page, /and 1 of 250 customers/);
      expect(await rowHeaders(page)).toEqual(['Group 249']);
      await typeInto(page, '#filter-customer', '');
      await statusSays(page, /and 250 of 250 customers/);
      expectQuiet(opened);
    });
  });

  describe('hostile names', () => {
    let opened: OpenedPage;
    let page: Page;
    beforeAll(async () => {
      opened = await openReport(browser, htmlReportOf(planOf(HOSTILE_MANIFEST)));
      page = opened.page;
    });
    afterAll(async () => { await page?.close(); });

    test('are inert: nothing runs, nothing is blocked, nothing is requested', async () => {
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expectQuiet(opened); // a blocked inline script or a CSP violation would be a console error
      expect(await page.locator('body').isVisible()).toBe(true);
    });

    test('read as the text they are', async () => {
      expect(await rowHeaders(page)).toEqual([HOSTILE.script, HOSTILE.quote, HOSTILE.style, visibleText(HOSTILE.control)]);
      expect(await page.locator('#summary dd', { hasText: 'MSP' }).textContent()).toBe(`${HOSTILE.tenant} (11111111-1111-1111-1111-111111111111)`);
      await page.locator('#access-matrix thead button[data-expand="0"]').click();
      expect(await texts(page.locator('#access-matrix thead th.member .n'))).toEqual([HOSTILE.svg, visibleText(HOSTILE.rtl)]);
      await typeInto(page, '#filter-principal', '<script>');
      await statusSays(page, /Showing 1 of 4 principals/);
      expect(await rowHeaders(page)).toEqual([HOSTILE.script]);
      await typeInto(page, '#filter-customer', '</script>');
      await statusSays(page, /and 1 of 2 customers/);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expectQuiet(opened);
    });
  });
});

test('the contrast ratio follows WCAG (the helper the browser tests rely on)', () => {
  expect(contrast('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21, 5);
  expect(contrast('rgb(255, 255, 255)', 'rgb(255, 255, 255)')).toBe(1);
  expect(contrast('rgb(118, 118, 118)', 'rgb(255, 255, 255)')).toBeCloseTo(4.54, 2);
});
