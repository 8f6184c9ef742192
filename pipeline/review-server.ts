// `claimline review`: the HTML report served on 127.0.0.1 with accept/reject forms that record
// decisions exactly as `claimline decide` does. Every request must carry the per-run token from
// the printed URL and come from this server's own host and origin (no other site or DNS name
// can drive it); the only file it writes is decisions.json. Each page is rebuilt from the
// output folder's records with the decisions applied, so a decision shows at once.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { sourcesOf } from "./context.js";
import { appendDecision, applyDecisions, checkDecision, DecisionError, readDecisions } from "./decisions.js";
import { reasonOf } from "./format.js";
import { reconcile, type ReconcileOptions } from "./reconcile/index.js";
import { REFERENCE_OFFICIALS } from "../extractors/reference.js";
import { renderHtml } from "./report-html.js";
import type { ArticleRecord } from "./schemas.js";
import { OutputStore } from "./store.js";

export interface ReviewServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

export interface ReviewOptions {
  out: string;
  /** 0: any free port. */
  port?: number;
  /** As `run` reconciled them; by default the shipped reference list, as `run` uses by default. */
  reconcile?: ReconcileOptions;
}

const MAX_BODY = 16 * 1024;

async function readRecords(out: string): Promise<ArticleRecord[]> {
  const store = new OutputStore(out);
  const records: ArticleRecord[] = [];
  for (const id of await store.recordIds()) {
    const r = await store.readRecord(id);
    if (r) records.push(r);
  }
  return records.sort((a, b) => a.id.localeCompare(b.id));
}

/** The outputs as `run` would write them now: the stored records reconciled, decisions.json applied. */
async function currentState(opts: ReviewOptions) {
  const records = await readRecords(opts.out);
  const decided = applyDecisions(reconcile(records, opts.reconcile ?? { reference: REFERENCE_OFFICIALS }), await readDecisions(opts.out));
  return { ...decided, articles: sourcesOf(records) };
}

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, {
    "Content-Type": type,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
  });
  res.end(body);
}
const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, "application/json; charset=utf-8", JSON.stringify(value));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new DecisionError("request body too large"));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export async function startReviewServer(opts: ReviewOptions): Promise<ReviewServer> {
  // fail before listening when there is nothing to review
  if (!(await new OutputStore(opts.out).recordIds()).length) throw new DecisionError(`no article records in "${opts.out}": run "claimline run <inbox> --out ${opts.out}" first`);
  const token = randomBytes(24).toString("base64url");
  let self = "";
  const server = createServer((req, res) => {
    void handle(req, res).catch((err) => {
      if (!res.headersSent) sendJson(res, 500, { error: reasonOf(err) });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    // DNS rebinding and other sites: only this server's own host and origin
    if (req.headers.host !== self) return sendJson(res, 403, { error: "wrong Host" });
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${self}`) return sendJson(res, 403, { error: "wrong Origin" });
    const url = new URL(req.url ?? "/", `http://${self}`);
    if (!sameSecret(url.searchParams.get("token") ?? "", token)) return sendJson(res, 403, { error: "missing or wrong token: open the URL claimline review printed" });
    if (req.method === "GET" && (url.pathname === "/" || url.pathname === "/index.html")) {
      const s = await currentState(opts);
      return send(res, 200, "text/html; charset=utf-8", renderHtml(s.conflicts, s.timeline, { articles: s.articles, orphaned: s.orphaned, review: { token } }));
    }
    if (req.method === "POST" && url.pathname === "/decisions") {
      if (origin === undefined) return sendJson(res, 403, { error: "a decision needs the page's Origin" });
      if (!/^application\/json\b/.test(req.headers["content-type"] ?? "")) return sendJson(res, 415, { error: "send JSON" });
      try {
        const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
        const str = (v: unknown) => (typeof v === "string" ? v : undefined);
        const s = await currentState(opts);
        const d = checkDecision(s.conflicts, { conflict: String(body.conflict ?? ""), decision: String(body.decision ?? ""), value: str(body.value), note: str(body.note) });
        await appendDecision(opts.out, d);
        return sendJson(res, 200, { ok: true, decision: d });
      } catch (err) {
        if (err instanceof DecisionError || err instanceof SyntaxError) return sendJson(res, 400, { error: reasonOf(err) });
        throw err;
      }
    }
    return sendJson(res, 404, { error: "not found" });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  self = `127.0.0.1:${port}`;
  return {
    url: `http://${self}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
