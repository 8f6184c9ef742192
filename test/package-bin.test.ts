// The command the scorers and users run is `npx claimline`, which executes package.json's bin file
// directly: after `npm run build` (which empties dist/) it must exist, start with a shebang and be
// executable, or npx fails with "Permission denied" (it did once the build began emptying dist/).
import fs from "node:fs";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as { bin: Record<string, string> };

describe("the package's bin", () => {
  it.each(Object.entries(pkg.bin))("%s (%s) is built, a node script and executable", (_name, file) => {
    expect(fs.existsSync(file), `${file}: run npm run build`).toBe(true);
    expect(fs.readFileSync(file, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
    expect(fs.statSync(file).mode & 0o111).toBe(0o111);
  });
});

describe("the command's old built path", () => {
  // npx's cache keeps links to dist/pipeline/cli.js made before the CLI moved to cli/
  it("dist/pipeline/cli.js is an executable launcher of the command", () => {
    const file = "dist/pipeline/cli.js";
    expect(fs.existsSync(file), `${file}: run npm run build`).toBe(true);
    expect(fs.statSync(file).mode & 0o111).toBe(0o111);
    expect(fs.readFileSync(file, "utf8")).toMatch(/^#!\/usr\/bin\/env node\n[\s\S]*import "\.\.\/cli\/cli\.js";/);
  });
});
