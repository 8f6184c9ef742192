// The review server answers only its own page: the per-run token, its own Host and Origin, and
// 127.0.0.1; a decision it records is the same as `claimline decide`'s and it writes nothing else.
import { promises as fs } from "node:fs";
import { request } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInbox } from "../pipeline/run.js";
import { startReviewServer, type ReviewServer } from "../pipeline/review-server.js";
import { Conflicts, Decisions } from "../pipeline/schemas.js";

let tmp: string;
let out: string;
let server: ReviewServer;
let base: URL;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-review-"));
  out = path.join(tmp, "out");
  await runInbox({ inbox: "fixtures/articles", out, threads: 1 });
  server = await startReviewServer({ out });
  base = new URL(server.url);
}, 60_000);
afterAll(async () => {
  await server?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

function call(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: base.port, path: opts.path, method: opts.method ?? "GET", headers: opts.headers }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
    req.end(opts.body);
  });
}

const own = () => ({ Origin: base.origin });
const decide = (body: unknown, headers: Record<string, string> = own()) =>
  call({ path: `/decisions?token=${server.token}`, method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });

describe("claimline review's server", () => {
  it("listens on 127.0.0.1 and serves the page with its token", async () => {
    expect(base.hostname).toBe("127.0.0.1");
    const r = await call({ path: `/?token=${server.token}` });
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toMatch(/^text\/html/);
    expect(r.body).toContain('<form class="decide"');
  });

  it.each([
    ["no token", "/", {}],
    ["a wrong token", "/?token=guess", {}],
    ["another Host (DNS rebinding)", "TOKEN", { Host: "evil.example:80" }],
    ["localhost instead of its own address", "TOKEN", { Host: "localhost" }],
    ["another Origin", "TOKEN", { Origin: "http://evil.example" }],
  ])("refuses a request with %s", async (_why, p, headers) => {
    const r = await call({ path: p === "TOKEN" ? `/?token=${server.token}` : p, headers: headers as Record<string, string> });
    expect(r.status).toBe(403);
    expect(r.body).not.toContain("<form");
  });

  it("refuses a decision from another origin or without one, and records nothing", async () => {
    const c = Conflicts.parse(JSON.parse(await fs.readFile(path.join(out, "conflicts.json"), "utf8")))[0];
    expect((await decide({ conflict: c.id, decision: "reject" }, { Origin: "http://evil.example" })).status).toBe(403);
    expect((await decide({ conflict: c.id, decision: "reject" }, {})).status).toBe(403);
    expect((await decide({ conflict: c.id, decision: "reject" }, { ...own(), "Content-Type": "text/plain" })).status).toBe(415);
    await expect(fs.stat(path.join(out, "decisions.json"))).rejects.toThrow();
  });

  it("records a decision as decide does, refuses one that does not fit, and writes no other file", async () => {
    const listing = async () => (await fs.readdir(out, { recursive: true })).filter((f) => f !== "decisions.json").sort();
    const stamp = async () => Promise.all((await listing()).map(async (f) => [f, (await fs.stat(path.join(out, f))).mtimeMs]));
    const before = await stamp();
    const conflicts = Conflicts.parse(JSON.parse(await fs.readFile(path.join(out, "conflicts.json"), "utf8")));
    const date = conflicts.find((c) => c.type === "date_conflict")!;
    const bad = await decide({ conflict: date.id, decision: "accept", value: "next week" });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatch(/a date conflict wants a date/);
    expect((await decide({ conflict: "nope", decision: "accept" })).status).toBe(400);
    const ok = await decide({ conflict: date.id, decision: "accept", value: date.values![1], note: "checked" });
    expect(ok.status).toBe(200);
    expect(Decisions.parse(JSON.parse(await fs.readFile(path.join(out, "decisions.json"), "utf8")))).toEqual([
      { conflict: date.id, decision: "accept", value: date.values![1], note: "checked", at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) },
    ]);
    expect(await stamp()).toEqual(before);
    // the page shows it at once
    const page = await call({ path: `/?token=${server.token}` });
    expect(page.body).toMatch(new RegExp(`id="c-${date.id}"[^>]*data-state="decided"`));
  });
});
