// `npm run bench:report-load -- <out folder> [--runs 3] [--shots dir]` (or `-- --articles N` to
// write N synthetic articles, run the built CLI on them and measure that report): how heavy
// report.html is for a reviewer. Prints its size, then, opened from disk in Debian's chromium
// (playwright-core), the time to DOMContentLoaded and to load, the time one agreement filter takes
// (change to the next painted frame), the time opening one agreement's "events and their sources"
// takes, and how many elements the page holds before and after. Each figure is the median of
// --runs fresh loads; the machine is shared, so compare runs side by side.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { launchChromium } from "../test/support/browser.js";
import { writeInbox } from "./generate.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: "string", default: "3" }, articles: { type: "string" }, shots: { type: "string" } },
});
let out = positionals[0];
if (!out) {
  if (!values.articles) throw new Error("give an output folder holding report.html, or --articles N to make one");
  const cli = path.resolve("dist/cli/cli.js");
  if (!existsSync(cli)) throw new Error("--articles runs the built CLI: run `npm run build` first");
  const root = mkdtempSync(path.join(os.tmpdir(), "claimline-report-load-"));
  await writeInbox(path.join(root, "inbox"), 1, Number(values.articles));
  out = path.join(root, "out");
  execFileSync(process.execPath, [cli, "run", path.join(root, "inbox"), "--out", out, "--quiet"], { stdio: "inherit" });
  console.log(`kept ${root}`);
}
const file = path.resolve(out, "report.html");
const url = pathToFileURL(file).href;
const runs = Math.max(1, Number(values.runs));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`report.html ${(statSync(file).size / 1048576).toFixed(1)} MB (${file}); load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
const { context, close } = await launchChromium({ width: 1366, height: 860 });
const rows: Record<string, number[]> = {};
const note = (k: string, v: number) => (rows[k] ??= []).push(v);
try {
  for (let r = 0; r < runs; r++) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load", timeout: 600_000 });
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, elements: document.getElementsByTagName("*").length };
    });
    note("DOMContentLoaded ms", nav.dcl);
    note("load ms", nav.load);
    note("elements at load", nav.elements);
    // one agreement filter: the change, until the frame after it is painted; then back to all
    // (page code as text: tsx would wrap named functions in a helper the page does not have)
    const filter = (await page.evaluate(`(async () => {
      const select = document.getElementById("f-agreement");
      const pick = async (value) => {
        const t0 = performance.now();
        select.value = value;
        select.dispatchEvent(new Event("change"));
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        return performance.now() - t0;
      };
      const some = select.options[Math.min(1, select.options.length - 1)].value;
      return { one: await pick(some), all: await pick("") };
    })()`)) as { one: number; all: number };
    note("filter one agreement ms", filter.one);
    note("filter back to all ms", filter.all);
    // open the first agreement's events and their sources, until painted
    const open = (await page.evaluate(`(async () => {
      const details = document.querySelector("details.events");
      if (!details) return { ms: 0, elements: document.getElementsByTagName("*").length };
      const t0 = performance.now();
      details.open = true;
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      return { ms: performance.now() - t0, elements: document.getElementsByTagName("*").length };
    })()`)) as { ms: number; elements: number };
    note("open one agreement's events ms", open.ms);
    note("elements after opening it", open.elements);
    if (values.shots && r === 0) {
      const dir = path.resolve(values.shots);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(dir, "load-top.png") });
      await page.evaluate(() => document.querySelector("details.events")?.scrollIntoView());
      await page.screenshot({ path: path.join(dir, "load-events.png") });
      await page.evaluate(() => document.getElementById("conflicts")?.scrollIntoView());
      await page.screenshot({ path: path.join(dir, "load-conflicts.png") });
      console.log(`screenshots in ${dir}`);
    }
    await page.close();
  }
} finally {
  await close();
}
for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(34)} ${median(v).toFixed(0).padStart(8)}   (runs: ${v.map((x) => x.toFixed(0)).join(", ")})`);
