// `claimline watch` applies a decision recorded while it runs, without touching decisions.json.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Conflicts, Timeline } from "../pipeline/schemas.js";
import { runCli, startCli, stop, stopAll, waitFor } from "./procs.js";

vi.setConfig({ testTimeout: 240_000, hookTimeout: 60_000 });

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-watch-decisions-"));
});
afterEach(stopAll);
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const readJson = async (file: string) => JSON.parse(await fs.readFile(file, "utf8")) as unknown;

describe("claimline watch with decisions", () => {
  it("applies a decision recorded while it runs to conflicts.json and timeline.json", async () => {
    const inbox = path.join(tmp, "in");
    const out = path.join(tmp, "out");
    await fs.mkdir(inbox);
    for (const f of await fs.readdir("fixtures/articles")) if (f.startsWith("cluster-eu-tunisia-")) await fs.copyFile(path.join("fixtures/articles", f), path.join(inbox, f));
    const watch = startCli(["watch", inbox, "--out", out, "--settle-ms", "200"]);
    const dateConflict = async () => {
      const list = Conflicts.safeParse(await readJson(path.join(out, "conflicts.json")).catch(() => null));
      return list.success ? list.data.find((c) => c.type === "date_conflict") : undefined;
    };
    await waitFor("the date conflict", async () => Boolean(await dateConflict()));
    const c = (await dateConflict())!;
    const decided = await runCli(["decide", c.id, "accept", "--value", c.values![1], "--out", out]);
    expect(decided.code).toBe(0);
    const decisions = await fs.readFile(path.join(out, "decisions.json"), "utf8");
    await waitFor("the decision in conflicts.json", async () => (await dateConflict())?.review?.value === c.values![1]);
    const timeline = Timeline.parse(await readJson(path.join(out, "timeline.json")));
    const signed = timeline.agreements.flatMap((a) => a.events).find((e) => e.type === "signed")!;
    expect(signed).toMatchObject({ date: { value: c.values![1] }, disputed: false, conflicts: [] });
    await waitFor("the decision in report.html", async () => (await fs.readFile(path.join(out, "report.html"), "utf8")).includes('data-state="decided"'));
    expect(await stop(watch)).toBe(0);
    expect(await fs.readFile(path.join(out, "decisions.json"), "utf8")).toBe(decisions);
  });
});
