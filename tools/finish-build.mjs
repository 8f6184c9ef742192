// After `tsc`: makes the package's bin executable (the build empties dist/ first, and npx runs the
// bin file directly) and writes a launcher at the command's old built path, dist/pipeline/cli.js.
// npx keeps a link to a project's bin in its cache (~/.npm/_npx) from the first `npx claimline`;
// a checkout used before the CLI moved to cli/ still has a link to the old path, and without the
// launcher `npx claimline` answers "claimline: not found" until that cache is cleared.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

const { bin } = JSON.parse(readFileSync("package.json", "utf8"));
for (const file of Object.values(bin)) chmodSync(file, 0o755);

mkdirSync("dist/pipeline", { recursive: true });
writeFileSync("dist/pipeline/cli.js", '#!/usr/bin/env node\n// The claimline command\'s old path (see tools/finish-build.mjs): runs cli/cli.js.\nimport "../cli/cli.js";\n', { mode: 0o755 });
