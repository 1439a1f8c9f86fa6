// Checks the API docs site, the browser example and the example's HTML report in a real headless
// browser (Debian's chromium, installed here when it is missing): the pages load without console
// errors, the docs search finds validateWorkPlan, and the browser example shows the ranking for the
// example plan, findings for a broken file and the report's charts; the validateWorkPlan page is at
// most 3,000 px tall and the WorkPlan page lists its fields. The report, written by the example's
// demo, opened from its file, makes no request, has every section (1 to 7) and axe-core finds
// no serious or critical accessibility violation in it; its charts' tables open from their
// summaries on screen and all show in print, and it does not scroll sideways 390 px wide. Saves
// screenshots under docs/screenshots (one per report section). The same report in Arabic and in Chinese, written by `aicb report
// --lang`, is checked for `lang` and `dir`, for chart labels that stay inside their chart and
// their room, and with axe-core; its screenshots go to .cache/screenshots (git-ignored). Run after
// `pnpm run docs`, the browser example's build and the packages' build (`pnpm check:browser` does
// all three).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { validateDocumentText } from '../packages/core/dist/index.js';
import { REPORT_SECTIONS } from '../packages/report/dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const shots = join(root, 'docs/screenshots');
const cache = join(root, '.cache');
const cacheShots = join(cache, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  console.log('Installing chromium from Debian...');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args) =>
    execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit' });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'chromium']);
  if (!existsSync(CHROMIUM))
    throw new Error(`chromium was not found at ${CHROMIUM} after installing it`);
}

/** A font for Chinese, so that the Chinese report is drawn with its characters (Arabic has DejaVu). */
function ensureChineseFont() {
  const fonts = () => {
    try {
      return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  if (fonts() !== '') return;
  console.log('Installing a Chinese font from Debian...');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const args = ['apt-get', 'install', '-y', '-qq', 'fonts-wqy-microhei'];
  execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit' });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};
const mounts = {
  '/api/': join(root, 'docs/api'),
  '/browser/': join(root, 'examples/browser/dist'),
};

function serve() {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // The docs declare no icon, so the browser asks for one; none is an answer, not an error.
    if (url.pathname === '/favicon.ico') return void response.writeHead(204).end();
    const prefix = Object.keys(mounts).find((p) => url.pathname.startsWith(p));
    if (prefix === undefined) return void response.writeHead(404).end();
    let path = normalize(
      join(mounts[prefix], decodeURIComponent(url.pathname.slice(prefix.length))),
    );
    if (!path.startsWith(mounts[prefix])) return void response.writeHead(403).end();
    if (url.pathname.endsWith('/')) path = join(path, 'index.html');
    if (!existsSync(path)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const failures = [];

/**
 * The example's report, as the demo writes it: opened from its file, it loads nothing else and
 * logs no error; every section its table of contents lists is there, each one photographed; and
 * axe-core, injected afterwards, finds no serious or critical violation.
 */
async function checkReport(browser) {
  const demo = execFileSync(
    process.execPath,
    [join(root, 'examples/itu-ai-capacity-building/validate.mjs')],
    { encoding: 'utf8' },
  );
  const path = /^Report: (.+)$/m.exec(demo)?.[1];
  check(path !== undefined && existsSync(path), 'the demo writes the example report');
  if (path === undefined) return;
  const bytes = readFileSync(path).byteLength;
  check(bytes < 1024 * 1024, `the example report is under 1 MB (${(bytes / 1024).toFixed(0)} KB)`);
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  const url = pathToFileURL(path).href;
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const others = requests.filter((address) => address !== url);
  check(
    others.length === 0,
    `the report makes no request${others.length ? `: ${others.join(' | ')}` : ''}`,
  );
  check(
    errors.length === 0,
    `the report logs no console errors${errors.length ? `: ${errors.join(' | ')}` : ''}`,
  );
  const listed = await page.$$eval('nav a', (links) =>
    links.map((link) => link.getAttribute('href')?.slice(1) ?? ''),
  );
  // The example has progress reports, so every section is there, section 6 too.
  const required = REPORT_SECTIONS.map((section) => section.id);
  check(
    required.every((id) => listed.includes(id)),
    `the report lists sections 1 to 7 (${listed.join(', ')})`,
  );
  for (const id of listed) {
    const section = page.locator(`section#${id}`);
    const present = (await section.count()) === 1 && (await section.locator('h2').count()) === 1;
    check(present, `the report has its section ${id}`);
    if (present) await section.screenshot({ path: join(shots, `report-${id}.png`) });
  }
  check(
    (await page.locator('.caveat').count()) === 1,
    'the report states the stability caveat for the example',
  );
  await checkAxe(page, 'the report');
  await checkLabels(page, 'the report');
  await checkTables(page);
  await checkNarrow(page, 'the report');
  await page.close();
}

/**
 * The charts' tables: on screen each is hidden until its summary is opened, and opens without
 * script; printed, every one shows (the summaries do not).
 */
async function checkTables(page) {
  const visible = () =>
    page.$$eval('figure.chart table', (tables) => tables.map((table) => table.checkVisibility()));
  const closed = await visible();
  check(
    closed.length > 0 && closed.every((shown) => !shown),
    `on screen the ${closed.length} chart tables wait for their summary (${closed.filter(Boolean).length} shown)`,
  );
  await page.locator('figure.chart details summary').first().click();
  check((await visible())[0] === true, 'a chart table opens from its summary');
  await page.emulateMedia({ media: 'print' });
  const printed = await visible();
  check(
    printed.length > 0 && printed.every(Boolean),
    `every chart table prints (${printed.filter(Boolean).length} of ${printed.length})`,
  );
  const summaries = await page.$$eval(
    'figure.chart summary',
    (all) => all.filter((summary) => summary.checkVisibility()).length,
  );
  check(summaries === 0, `no table summary prints (${summaries})`);
  await page.emulateMedia({ media: 'screen' });
}

/** On a phone-sized screen, 390 px wide, the page does not scroll sideways. */
async function checkNarrow(page, what) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  const width = await page.evaluate(() => ({
    scroll: globalThis.document.documentElement.scrollWidth,
    client: globalThis.document.documentElement.clientWidth,
  }));
  check(
    width.scroll <= width.client,
    `${what} does not scroll sideways 390 px wide (${width.scroll} px of content in ${width.client})`,
  );
  if (before !== null) await page.setViewportSize(before);
}

/** axe-core, injected into the page, finds no serious or critical violation. */
async function checkAxe(page, what) {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await globalThis.axe.run(globalThis.document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(
    `     axe-core: ${violations.length} kinds of violation` +
      (violations.length
        ? ` (${violations.map((v) => `${v.id} ${v.impact} x${v.nodes}`).join(', ')})`
        : ''),
  );
  check(
    blocking.length === 0,
    `axe-core finds no serious or critical violation in ${what}${blocking.length ? `: ${blocking.map((v) => v.id).join(', ')}` : ''}`,
  );
}

/**
 * Every text of every chart, as drawn with the page's fonts, stays inside its chart's canvas;
 * a label that has a room (`data-room`: its left edge and width, in the chart's units) stays
 * inside it, so that no label runs into the bars, cells or another label.
 */
async function checkLabels(page, what) {
  const result = await page.evaluate(() => {
    const out = [];
    let count = 0;
    for (const svg of globalThis.document.querySelectorAll('figure.chart svg')) {
      const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
      for (const text of svg.querySelectorAll('text')) {
        count += 1;
        const box = text.getBBox();
        const name = `${svg.closest('figure')?.id}: ${text.textContent?.slice(0, 40)}`;
        if (
          box.x < -0.5 ||
          box.y < -0.5 ||
          box.x + box.width > width + 0.5 ||
          box.y + box.height > height + 0.5
        )
          out.push(
            `${name} leaves the chart (${Math.round(box.x)}..${Math.round(box.x + box.width)} of ${width})`,
          );
        const room = text.getAttribute('data-room');
        if (room !== null) {
          const [left, size] = room.split(' ').map(Number);
          if (box.x < left - 1 || box.x + box.width > left + size + 1)
            out.push(
              `${name} leaves its room (${Math.round(box.x)}..${Math.round(box.x + box.width)}, room ${left}..${left + size})`,
            );
        }
      }
    }
    return { count, out };
  });
  check(
    result.count > 0 && result.out.length === 0,
    `no chart label of ${what} overflows (${result.count} labels)${result.out.length ? `: ${result.out.slice(0, 5).join(' | ')}` : ''}`,
  );
}

/**
 * The example's report in Arabic and in Chinese, as \`aicb report --lang\` writes it: \`lang\`
 * and \`dir\` on the page, every section there and headed in the language, no chart label
 * overflowing, axe-core clean; a screenshot of the whole page and of each chart's section.
 */
async function checkTranslatedReports(browser) {
  mkdirSync(cacheShots, { recursive: true });
  for (const [language, direction] of [
    ['ar', 'rtl'],
    ['zh', 'ltr'],
  ]) {
    const path = join(cache, `report-${language}.html`);
    execFileSync(
      process.execPath,
      [
        join(root, 'packages/cli/dist/aicb.cjs'),
        'report',
        join(root, 'examples/itu-ai-capacity-building'),
        '--lang',
        language,
        '--as-of',
        '2026-12-01',
        '--sensitivity',
        '300',
        '-o',
        path,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
    const shown = await page.evaluate(() => ({
      lang: globalThis.document.documentElement.lang,
      dir: globalThis.document.documentElement.dir,
      computed: globalThis.getComputedStyle(globalThis.document.body).direction,
      sections: globalThis.document.querySelectorAll('main > section h2').length,
      charts: globalThis.document.querySelectorAll('figure.chart svg').length,
    }));
    const what = `the ${language} report`;
    check(
      shown.lang === language && shown.dir === direction && shown.computed === direction,
      `${what} has lang="${language}" dir="${direction}" (${shown.lang}, ${shown.dir}, ${shown.computed})`,
    );
    check(
      shown.sections === 7 && shown.charts >= 10,
      `${what} has its 7 sections and charts (${shown.sections}, ${shown.charts})`,
    );
    check(
      errors.length === 0,
      `${what} logs no console errors${errors.length ? `: ${errors.join(' | ')}` : ''}`,
    );
    await checkLabels(page, what);
    await checkNarrow(page, what);
    await page.screenshot({ path: join(cacheShots, `report-${language}.png`), fullPage: true });
    for (const id of ['at-a-glance', 'priorities', 'needs', 'timeline', 'monitoring']) {
      await page
        .locator(`section#${id}`)
        .screenshot({ path: join(cacheShots, `report-${language}-${id}.png`) });
    }
    await checkAxe(page, what);
    await page.close();
  }
}
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

for (const [prefix, dir] of Object.entries(mounts)) {
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir}/index.html is missing: build it first (pnpm check:browser builds both).`);
    process.exit(2);
  }
  void prefix;
}
ensureChromium();
ensureChineseFont();
mkdirSync(shots, { recursive: true });
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });

  // API docs: the front page, then the search.
  await page.goto(`${base}/api/`, { waitUntil: 'networkidle' });
  check((await page.title()).length > 0, 'the API docs load');
  await page.screenshot({ path: join(shots, 'api-docs.png') });
  await page.click('#tsd-search-trigger');
  await page.fill('#tsd-search-input', 'validateWorkPlan');
  const hit = page.locator('#tsd-search-results li', { hasText: 'validateWorkPlan' }).first();
  await hit.waitFor({ timeout: 10_000 }).catch(() => undefined);
  check((await hit.count()) > 0, 'the API search finds validateWorkPlan');
  await page.screenshot({ path: join(shots, 'api-search.png') });
  await hit.click();
  await page.waitForLoadState('networkidle');
  check(
    page.url().includes('validateWorkPlan'),
    'the search result opens the validateWorkPlan page',
  );
  // Function pages name the document types instead of expanding them into the signature.
  const height = () => page.evaluate(() => globalThis.document.documentElement.scrollHeight);
  const validateHeight = await height();
  check(
    validateHeight <= 3000,
    `the validateWorkPlan page is at most 3,000 px tall (${validateHeight} px)`,
  );
  await page.goto(`${base}/api/interfaces/_itu-aicb_core.WorkPlan.html`, {
    waitUntil: 'networkidle',
  });
  const measuresField = page.locator('section.tsd-member:has(h3#measures)');
  const measuresText =
    (await measuresField.count()) > 0 ? await measuresField.first().innerText() : '';
  check(
    measuresText.includes('Measure[]') && measuresText.includes('The specific measures.'),
    'the WorkPlan page lists measures (Measure[]) with its description',
  );
  check(
    errors.length === 0,
    `the API docs log no console errors${errors.length ? `: ${errors.join(' | ')}` : ''}`,
  );
  errors.length = 0;

  // Browser example: the example plan ranks; a broken file shows findings with positions.
  await page.goto(`${base}/browser/`, { waitUntil: 'networkidle' });
  const rows = page.locator('#ranking tr');
  await rows
    .nth(1)
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  const plan = validateDocumentText(
    readFileSync(join(root, 'examples/itu-ai-capacity-building/work-plan.yaml'), 'utf8'),
  );
  const measures = plan.ok && plan.value.kind === 'WorkPlan' ? plan.value.measures.length : 0;
  const incomplete = await page.locator('#incomplete li').count();
  check(
    measures > 0 && (await rows.count()) - 1 + incomplete === measures,
    `the browser example shows all ${measures} measures of the example plan, ranked or with too little data to rank (${incomplete})`,
  );
  check(
    (await page.locator('#findings .finding.error').count()) === 0,
    'the example plan has no errors',
  );
  await page.screenshot({ path: join(shots, 'browser-example.png'), fullPage: true });
  await page.fill(
    '#input',
    'kind: NeedsAssessment\nschemaVersion: 1\nid: na-xyz\nscope: { type: contry, country: XYZ }\ndate: 2026-02-30\n',
  );
  const finding = page.locator('#findings .finding', { hasText: 'schema/invalid-value' }).first();
  await finding.waitFor({ timeout: 10_000 }).catch(() => undefined);
  const text = (await finding.count()) > 0 ? await finding.innerText() : '';
  check(
    text.includes('pasted file:4:16') && text.includes('Did you mean "country"?'),
    'a broken file shows findings with line, column and hint',
  );
  await page.screenshot({ path: join(shots, 'browser-example-findings.png'), fullPage: true });
  await page.click('#example');
  const embedded = page.frameLocator('#report');
  await embedded
    .locator('#chart-priorities svg')
    .waitFor({ timeout: 20_000 })
    .catch(() => undefined);
  const embeddedCharts = await embedded.locator('figure.chart svg').count();
  check(
    (await embedded.locator('#priorities').count()) === 1 && embeddedCharts >= 8,
    `the browser example shows the report with its charts (${embeddedCharts} charts)`,
  );
  check(
    errors.length === 0,
    `the browser example logs no console errors${errors.length ? `: ${errors.join(' | ')}` : ''}`,
  );
  await page.close();

  await checkReport(browser);
  await checkTranslatedReports(browser);
} finally {
  await browser.close();
  server.close();
}
console.log(
  failures.length === 0 ? 'browser check passed' : `browser check failed: ${failures.length}`,
);
process.exit(failures.length === 0 ? 0 : 1);
