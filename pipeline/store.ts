// The output folder: article records, timeline, conflicts and errors, each written atomically
// (temporary file in the same folder, then rename) so a crash never leaves half a file.
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { toJson } from "./format.js";
import { ArticleRecord, type Conflict, type IngestError, type Timeline } from "./schemas.js";

export { toJson };

export async function writeAtomic(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await fs.writeFile(tmp, content);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

export class OutputStore {
  readonly articlesDir: string;

  constructor(readonly dir: string) {
    this.articlesDir = path.join(dir, "articles");
  }

  recordPath(id: string) {
    return path.join(this.articlesDir, `${id}.json`);
  }

  async writeRecord(record: ArticleRecord): Promise<void> {
    await writeAtomic(this.recordPath(record.id), toJson(record));
  }

  /** The stored record with this id, or undefined when there is none or it no longer parses. */
  async readRecord(id: string): Promise<ArticleRecord | undefined> {
    try {
      const parsed = ArticleRecord.safeParse(JSON.parse(await fs.readFile(this.recordPath(id), "utf8")));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  async recordIds(): Promise<string[]> {
    try {
      return (await fs.readdir(this.articlesDir))
        .filter((f) => f.endsWith(".json") && !f.startsWith("."))
        .map((f) => f.slice(0, -5))
        .sort();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw err;
    }
  }

  /** Removes temporary files a crash left behind mid-write (never a finished file). */
  async removeTemporaries(): Promise<void> {
    for (const dir of [this.dir, this.articlesDir]) {
      let names: string[];
      try {
        names = await fs.readdir(dir);
      } catch {
        continue;
      }
      for (const n of names) if (n.startsWith(".") && n.endsWith(".tmp")) await fs.rm(path.join(dir, n), { force: true });
    }
  }

  async removeRecord(id: string): Promise<void> {
    await fs.rm(this.recordPath(id), { force: true });
  }

  async writeTimeline(timeline: Timeline): Promise<void> {
    await writeAtomic(path.join(this.dir, "timeline.json"), toJson(timeline));
  }

  async writeConflicts(conflicts: Conflict[], markdown: string, html?: string): Promise<void> {
    await writeAtomic(path.join(this.dir, "conflicts.json"), toJson(conflicts));
    await writeAtomic(path.join(this.dir, "conflicts.md"), markdown);
    if (html !== undefined) await writeAtomic(path.join(this.dir, "report.html"), html);
  }

  async writeErrors(errors: IngestError[]): Promise<void> {
    const sorted = [...errors].sort((a, b) => a.file.localeCompare(b.file) || a.reason.localeCompare(b.reason));
    await writeAtomic(path.join(this.dir, "errors.json"), toJson(sorted));
  }

  async readText(name: "conflicts.md" | "timeline.json" | "conflicts.json" | "errors.json" | "report.html"): Promise<string> {
    return fs.readFile(path.join(this.dir, name), "utf8");
  }
}
