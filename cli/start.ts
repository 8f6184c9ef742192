// `npm start`: with no arguments, runs the fixtures through the embedded pipeline;
// `npm start -- <command> …` is the claimline command.
import { main } from "./commands.js";

const args = process.argv.slice(2);
main(args.length ? args : ["run", "fixtures/articles", "--out", "out"]).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`claimline: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
