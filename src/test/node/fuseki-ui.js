// Opens the Fuseki UI in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core), goes to the
// dataset's query page, runs a query and prints what the result table shows as JSON; saves a screenshot.
//   node fuseki-ui.js http://localhost:3030 /newsgraph 'SELECT ...' target/fuseki-ui.png
// Output: {"title": ..., "url": ..., "headers": [...], "rows": [[...], ...]} on stdout; errors on stderr, exit 1.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

async function main() {
  const [base, dataset, query, screenshot] = process.argv.slice(2);
  if (!base || !dataset || !query || !screenshot) {
    console.error('usage: node fuseki-ui.js BASE_URL /DATASET QUERY SCREENSHOT.png');
    process.exit(2);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1000 },
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    page.setDefaultTimeout(30000);
    // As a user would: open the server's address. NewsGraph sends "/" to the query page of its dataset; a plain
    // Fuseki home page lists the datasets instead, each row with a "query" button.
    await page.goto(base + '/', { waitUntil: 'networkidle' });
    if (!(await page.locator('.CodeMirror').count())) {
      await page.locator('tr', { hasText: dataset }).getByRole('button', { name: 'query' }).click();
    }
    await page.waitForSelector('.CodeMirror');
    if (!page.url().includes('/dataset' + dataset + '/query')) {
      throw new Error('the query page is not that of ' + dataset + ': ' + page.url());
    }
    await page.evaluate((q) => document.querySelector('.CodeMirror').CodeMirror.setValue(q), query);
    await page.click('.yasqe_queryButton');
    await page.waitForSelector('.yasr table tbody tr td', { timeout: 30000 });
    const table = await page.evaluate(() => {
      const t = document.querySelector('.yasr table');
      const headers = [...t.querySelectorAll('thead th')].map((th) => th.innerText.trim());
      const rows = [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim()));
      return { headers, rows };
    });
    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    process.stdout.write(JSON.stringify({ title: await page.title(), url: page.url(), ...table }) + '\n');
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error('fuseki-ui: ' + (e && e.stack ? e.stack : e));
  process.exit(1);
});
