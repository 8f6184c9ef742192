// `npm run report:screenshot`: runs the fixtures, opens their report.html in Debian's chromium
// (playwright-core) and writes screenshots to docs/screenshots/ (the README shows report.png).
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runInbox } from "../pipeline/run.js";
import { startReviewServer } from "../pipeline/review-server.js";
import { launchChromium } from "../test/support/browser.js";

const dir = path.resolve(process.argv[2] ?? "docs/screenshots");
await fs.mkdir(dir, { recursive: true });
const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-shots-"));
const out = path.join(tmp, "out");
await runInbox({ inbox: "fixtures/articles", out, threads: 1 });
const { context, close } = await launchChromium({ width: 1366, height: 860 });
try {
  const page = await context.newPage();
  await page.goto(pathToFileURL(path.join(out, "report.html")).href);
  const shot = async (name: string, opts: { fullPage?: boolean } = {}) => {
    await page.screenshot({ path: path.join(dir, name), ...opts });
    process.stdout.write(`wrote ${path.join(dir, name)}\n`);
  };
  await shot("report.png");
  await page.locator("#conflicts").scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById("conflicts")!.scrollIntoView());
  await shot("report-conflicts.png");
  await page.evaluate(() => window.scrollTo(0, 0));
  // the page lays out a card only near the viewport (content-visibility): all of them for the full page
  await page.evaluate(() => document.querySelectorAll<HTMLElement>(".card").forEach((el) => (el.style.contentVisibility = "visible")));
  await shot("report-full.png", { fullPage: true });
  // the review page: the same report with decision forms
  const server = await startReviewServer({ out });
  try {
    await page.goto(server.url);
    await page.evaluate(() => document.getElementById("conflicts")!.scrollIntoView());
    await shot("review.png");
  } finally {
    await server.close();
  }
} finally {
  await close();
  await fs.rm(tmp, { recursive: true, force: true });
}
