// ARCHITECTURE.md describes the folders file by file, and says which way imports point. Both drift
// silently as files are added, so they are checked here against the tree.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const FOLDERS = ["cli", "pipeline", "queue", "extractors", "bench", "tools"];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.(ts|mjs)$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path.join(dir, e.name)] : [],
  );
}

const files = FOLDERS.flatMap(sourceFiles);

/** The folders a file imports from, by relative specifier ("../queue/jobs.js" from pipeline/ → "queue"). */
function importedFolders(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const specs = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*"(\.[^"]+)"|(?:^|\n)\s*import\s*"(\.[^"]+)"|\bimport\(\s*"(\.[^"]+)"\s*\)/g),
  ].map((m) => m[1] ?? m[2] ?? m[3]);
  return specs.map((s) => path.relative(root, path.resolve(root, path.dirname(file), s)).split(path.sep)[0]);
}

describe("the tree matches ARCHITECTURE.md", () => {
  const doc = readFileSync(path.join(root, "ARCHITECTURE.md"), "utf8");

  it("finds the source files it checks", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(path.join("pipeline", "reconcile", "index.ts"));
  });

  it("names every source file", () => {
    const named = (file: string) => {
      const base = path.basename(file);
      const stem = base.replace(/\.(ts|mjs)$/, "");
      return doc.includes(base) || doc.includes(`\`${stem}\``);
    };
    expect(files.filter((f) => !named(f))).toEqual([]);
  });

  it("keeps imports pointing one way: cli → queue → pipeline → extractors", () => {
    const forbidden: Record<string, string[]> = {
      pipeline: ["cli", "queue", "bench", "tools", "test"],
      queue: ["cli", "bench", "tools", "test"],
      extractors: ["cli", "queue", "bench", "tools", "test"],
    };
    const wrong: string[] = [];
    for (const file of files) {
      const top = file.split(path.sep)[0];
      for (const folder of importedFolders(file)) if (forbidden[top]?.includes(folder)) wrong.push(`${file} imports ${folder}/`);
    }
    expect(wrong).toEqual([]);
  });

  it("keeps extractors/ off the pipeline's code: types from schemas.ts only", () => {
    const wrong = files
      .filter((f) => f.startsWith(`extractors${path.sep}`))
      .flatMap((file) => {
        const text = readFileSync(path.join(root, file), "utf8");
        return [...text.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s+)?[^;]*?\bfrom\s*"(\.[^"]+)"/g)]
          .filter((m) => path.relative(root, path.resolve(root, path.dirname(file), m[3])).startsWith("pipeline"))
          .filter((m) => !m[2] || !m[3].endsWith("schemas.js"))
          .map((m) => `${file}: ${m[0].trim().split("\n")[0]}`);
      });
    expect(wrong).toEqual([]);
  });

  it("keeps extractors/lexicon/ as data: it imports other lists and schema types, no code", () => {
    const lexicon = path.join("extractors", "lexicon");
    const wrong = files
      .filter((f) => f.startsWith(lexicon + path.sep))
      .flatMap((file) => {
        const text = readFileSync(path.join(root, file), "utf8");
        return [...text.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s+)?[^;]*?\bfrom\s*"(\.[^"]+)"/g)]
          .filter((m) => {
            const target = path.relative(root, path.resolve(root, path.dirname(file), m[3]));
            const typeFromSchemas = Boolean(m[2]) && target === path.join("pipeline", "schemas.js");
            return !typeFromSchemas && !target.startsWith(lexicon + path.sep);
          })
          .map((m) => `${file}: ${m[0].trim().split("\n")[0]}`);
      });
    expect(wrong).toEqual([]);
  });
});
