// Scores article-text extraction on the 61 real pages of ../shared/eval/zyte-dev: makes the inbox
// when it is missing (../shared/eval/score-html.mjs --make-inbox), runs ingest on every page, writes
// `{source:{file}, text}` records, then prints score-html.mjs's scores (`--verbose` lists the misses):
//   npx tsx bench/score-html-dev.ts [INBOX] [OUT] [--verbose]
import { execFileSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { ingest } from "../pipeline/ingest.js";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const [inbox = "/tmp/wthtml-inbox", out = "/tmp/wthtml-out"] = args.filter((a) => a !== "--verbose");
const scorer = path.resolve("../shared/eval/score-html.mjs");
if (!existsSync(inbox)) execFileSync(process.execPath, [scorer, "--make-inbox", inbox], { stdio: "inherit" });
await fs.rm(path.join(out, "articles"), { recursive: true, force: true });
await fs.mkdir(path.join(out, "articles"), { recursive: true });
const files = (await fs.readdir(inbox)).filter((f) => /\.html?$/.test(f)).sort();
let failed = 0;
const started = performance.now();
const summary: string[] = [];
for (const file of files) {
  const bytes = await fs.readFile(path.join(inbox, file));
  const id = file.replace(/\.html?$/, "");
  try {
    const a = await ingest({ file, bytes });
    await fs.writeFile(path.join(out, "articles", `${id}.json`), JSON.stringify({ ...a, source: { file } }, null, 1));
    summary.push(`${id.slice(0, 12)}\t${a.published.value ?? "-"}\t${a.published.from}\t${a.title ?? "-"}\t${a.outlet ?? "-"}\t${a.meta.author ?? "-"}`);
  } catch (err) {
    failed++;
    summary.push(`${id.slice(0, 12)}\tERROR ${(err as Error).message}`);
  }
}
await fs.writeFile(path.join(out, "summary.tsv"), summary.join("\n") + "\n");
console.log(`${files.length} pages, ${failed} failed, ${((performance.now() - started) / files.length).toFixed(1)} ms/page`);
execFileSync(process.execPath, [scorer, "--out", out, ...(verbose ? ["--verbose"] : [])], { stdio: "inherit" });
