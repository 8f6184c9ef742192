import { promises as fs } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderJsonSchemas } from "../pipeline/json-schema.js";

describe("published JSON Schema files", () => {
  it.each(Object.entries(renderJsonSchemas()))("schema/%s matches the zod schemas (run `npm run schema`)", async (file, text) => {
    const onDisk = await fs.readFile(path.join("schema", file), "utf8").catch(() => "(missing)");
    expect(onDisk, `schema/${file} is stale: run npm run schema`).toBe(text);
  });
});
