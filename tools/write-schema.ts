// `npm run schema`: writes schema/*.schema.json from the zod schemas.
import { promises as fs } from "node:fs";
import path from "node:path";
import { renderJsonSchemas } from "../pipeline/json-schema.js";

const dir = path.resolve(process.argv[2] ?? "schema");
await fs.mkdir(dir, { recursive: true });
for (const [file, text] of Object.entries(renderJsonSchemas())) {
  await fs.writeFile(path.join(dir, file), text);
  process.stdout.write(`wrote ${path.join(dir, file)}\n`);
}
