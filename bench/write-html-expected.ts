// Writes fixtures/html-expected/<name>.json from the current HTML reader, for review as a diff:
//   npx tsx bench/write-html-expected.ts
// A changed golden file is a reviewed change, never a silent update: read the diff before committing.
import { promises as fs } from "node:fs";
import path from "node:path";
import { ingest } from "../pipeline/ingest.js";
import { goldenOf } from "../test/html-golden.js";

const dir = "fixtures/articles";
for (const file of (await fs.readdir(dir)).filter((f) => f.endsWith(".html")).sort()) {
  const a = await ingest({ file, bytes: await fs.readFile(path.join(dir, file)) });
  const out = path.join("fixtures/html-expected", file.replace(/\.html$/, ".json"));
  await fs.writeFile(out, JSON.stringify(goldenOf(a), null, 2) + "\n");
  console.log("wrote", out);
}
