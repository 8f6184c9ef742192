#!/usr/bin/env node
// The claimline command (package bin).
import { main } from "./commands.js";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`claimline: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
