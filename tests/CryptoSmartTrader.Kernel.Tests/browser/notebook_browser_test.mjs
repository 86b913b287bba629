// Opens a notebook in a running Jupyter Notebook 6 server with Debian's chromium, runs all cells, and checks that the plotly chart
// is drawn (an SVG in the output area) and that no cell shows an error. Usage:
//   node notebook_browser_test.mjs URL_WITH_TOKEN SCREENSHOT.png
// Exit code 0 when it passes; the reason on stderr otherwise. The screenshot is taken either way (to see what went wrong).
import { chromium } from 'playwright-core';

const [url, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage',
    '--disable-extensions', '--no-first-run'],
});
let failure = null;
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
const consoleErrors = [];
page.on('pageerror', e => consoleErrors.push(String(e)));
try {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected(),
    null, { timeout: 180_000, polling: 500 });
  await page.evaluate(() => Jupyter.notebook.execute_all_cells());
  // Every code cell has run when none is queued or running ('*') and each has an execution count.
  await page.waitForFunction(() => Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code')
    .every(c => typeof c.input_prompt_number === 'number'), null, { timeout: 900_000, polling: 1000 });
  await page.waitForSelector('.output_area .js-plotly-plot svg.main-svg', { timeout: 120_000 });
  const report = await page.evaluate(() => ({
    errors: [...document.querySelectorAll('.output_error')].map(e => e.innerText.slice(0, 500)),
    plots: document.querySelectorAll('.output_area .js-plotly-plot svg.main-svg').length,
    traces: document.querySelectorAll('.output_area .js-plotly-plot .trace').length,
  }));
  console.log(JSON.stringify(report));
  if (report.errors.length > 0) failure = `error output in the notebook: ${report.errors[0]}`;
  else if (report.traces === 0) failure = 'the chart has no traces drawn';
  const chart = await page.$('.output_area .js-plotly-plot');
  if (chart) await chart.scrollIntoViewIfNeeded();
} catch (e) {
  failure = `${e.message}${consoleErrors.length ? `; page errors: ${consoleErrors.join(' | ')}` : ''}`;
}
await page.screenshot({ path: screenshot, fullPage: false });
await browser.close();
if (failure) {
  console.error(`browser test failed: ${failure}`);
  process.exit(1);
}
console.error(`browser test passed; screenshot ${screenshot}`);
