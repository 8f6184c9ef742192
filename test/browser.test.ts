// The real page in a real browser: report.html opened from disk (long lists held back until asked
// for), and the review server, where
// clicking accept on a name variant and reject on a status conflict records decisions that the
// next run applies to conflicts.json and timeline.json.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInbox } from "../pipeline/run.js";
import { renderHtml, SHOWN_FIRST } from "../pipeline/report-html.js";
import { startReviewServer } from "../pipeline/review-server.js";
import { bySeverity, REPORT_EVIDENCE_CAP } from "../pipeline/report.js";
import { Conflicts, Decisions, Timeline } from "../pipeline/schemas.js";
import { launchChromium } from "./support/browser.js";
import { manySources, quotedSentence } from "./support/many-sources.js";

let tmp: string;
let out: string;
let context: BrowserContext;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-browser-"));
  out = path.join(tmp, "out");
  await runInbox({ inbox: "fixtures/articles", out, threads: 1 });
  ({ context, close: closeBrowser } = await launchChromium());
}, 60_000);

afterAll(async () => {
  await closeBrowser?.();
  await fs.rm(tmp, { recursive: true, force: true });
});

const readJson = async (name: string) => JSON.parse(await fs.readFile(path.join(out, name), "utf8")) as unknown;

/** A page that fails the test on a script error, a blocked resource or a request off the page's own origin. */
async function watchedPage(allowed: (url: string) => boolean) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("request", (r) => allowed(r.url()) || problems.push(`request: ${r.url()}`));
  return { page, problems };
}

const visibleCards = (page: Page) => page.locator("[data-kind=conflict]:visible");

describe("report.html opened from disk", () => {
  it("shows one timeline picture per agreement, filters conflicts, and links events to their sources", async () => {
    const url = pathToFileURL(path.join(out, "report.html")).href;
    const { page, problems } = await watchedPage((u) => u === url || u.startsWith(`${url}#`));
    await page.goto(url);
    const timeline = Timeline.parse(await readJson("timeline.json"));
    const conflicts = Conflicts.parse(await readJson("conflicts.json"));
    expect(await page.locator("svg.timeline").count()).toBe(timeline.agreements.length);
    const disputed = timeline.agreements.flatMap((a) => a.events).filter((e) => e.disputed).length;
    expect(disputed).toBeGreaterThan(0);
    expect(await page.locator("svg.timeline circle.dot.disputed").count()).toBe(disputed);
    // open conflicts, most trusted first: the page keeps the order of conflicts.json (by confidence)
    expect(await visibleCards(page).count()).toBe(conflicts.length);
    const ids = await visibleCards(page).locator(".meta code").allTextContents();
    expect(ids).toEqual([...conflicts].sort(bySeverity).map((c) => c.id));
    // filter by type, then by agreement
    await page.selectOption("#f-type", "name_variant");
    const types = await visibleCards(page).evaluateAll((els) => els.map((el) => el.getAttribute("data-type")));
    expect(types.length).toBe(conflicts.filter((c) => c.type === "name_variant").length);
    expect(new Set(types)).toEqual(new Set(["name_variant"]));
    await page.selectOption("#f-type", "");
    const tunisia = timeline.agreements.find((a) => a.parties.includes("Tunisia"))!;
    await page.selectOption("#f-agreement", tunisia.id);
    expect(await page.locator("[data-kind=agreement]:visible").count()).toBe(1);
    expect(await visibleCards(page).evaluateAll((els) => els.map((el) => el.id))).toContain(`c-${conflicts.find((c) => c.type === "date_conflict" && c.parties?.includes("Tunisia"))!.id}`);
    await page.selectOption("#f-state", "decided");
    expect(await visibleCards(page).count()).toBe(0);
    await page.selectOption("#f-state", "open");
    // an event in the picture links to its sources, which open
    const card = page.locator(`[data-agreement="${tunisia.id}"]`);
    await card.locator("svg a").first().click();
    const target = await page.evaluate(() => location.hash.slice(1));
    expect(target).toMatch(/^ev-/);
    await expect.poll(() => page.locator(`#${target}`).isVisible()).toBe(true);
    expect(await page.locator(`#${target} mark`).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("makes an agreement's sources when its list is opened, and the rest of a list at its \"N more\" button", async () => {
    const cap = REPORT_EVIDENCE_CAP;
    const { conflicts, timeline, articles } = manySources(cap + 2);
    const file = path.join(tmp, "many.html");
    await fs.writeFile(file, renderHtml(conflicts, timeline, { articles }));
    const url = pathToFileURL(file).href;
    const { page, problems } = await watchedPage((u) => u === url || u.startsWith(`${url}#`));
    await page.goto(url);
    const event = page.locator("#ev-ag1-0");
    const quoted = (i: number) => page.getByText(quotedSentence(i), { exact: false });
    // held back: not in the page until the reader opens the agreement's events
    expect(await event.count()).toBe(0);
    await page.locator("details.events > summary").click();
    await expect.poll(() => event.isVisible()).toBe(true);
    expect(await event.locator("blockquote").count()).toBe(SHOWN_FIRST);
    expect(await event.locator("blockquote", { hasText: quotedSentence(SHOWN_FIRST - 1) }).isVisible()).toBe(true);
    expect(await event.locator("blockquote", { hasText: quotedSentence(SHOWN_FIRST) }).count()).toBe(0);
    expect(await event.locator("li.more").innerText()).toBe("… and 2 more (all of them in timeline.json)");
    // "N more sources" brings the rest of the cap, and goes
    const more = event.locator("button.show-more");
    expect(await more.innerText()).toBe(`${cap - SHOWN_FIRST} more sources`);
    await more.click();
    expect(await event.locator("blockquote").count()).toBe(cap);
    expect(await event.locator("blockquote", { hasText: quotedSentence(cap - 1) }).isVisible()).toBe(true);
    expect(await event.locator("button.show-more").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toContain(quotedSentence(SHOWN_FIRST));
    // the conflict's own list folds the same way
    const card = page.locator("#c-c1");
    expect(await card.locator("blockquote").count()).toBe(SHOWN_FIRST);
    await card.locator("button.show-more").click();
    expect(await card.locator("blockquote").count()).toBe(cap);
    expect(await quoted(cap - 1).count()).toBe(2);
    expect(await quoted(cap).count()).toBe(0);
    // a fresh page: the timeline's dot links to the event, which is made and shown
    await page.goto("about:blank");
    await page.goto(url);
    expect(await event.count()).toBe(0);
    await page.locator("svg.timeline a").first().click();
    await expect.poll(() => event.isVisible()).toBe(true);
    expect(await event.evaluate((el) => el.classList.contains("targeted"))).toBe(true);
    // printing unfolds everything held back
    await page.goto("about:blank");
    await page.goto(url);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect(await page.locator(".later").count()).toBe(0);
    expect(await event.locator("blockquote").count()).toBe(cap);
    expect(await card.locator("blockquote").count()).toBe(cap);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("runs nothing and fetches nothing that a hostile article put in it", async () => {
    const evil = ['<script>window.pwned=1</script>', '"><img src=x onerror="window.pwned=2">', "javascript:window.pwned=3", "[x](javascript:window.pwned=4)", "<svg onload=window.pwned=5>"];
    const text = `A ${evil.join(" B ")} C.`;
    const file = path.join(tmp, "hostile.html");
    const html = renderHtml(
      evil.map((e, i) => ({ id: `c${i}`, type: "name_variant" as const, subject: e, canonical: e, variant: e, detail: e, severity: 2, evidence: [{ file: e, text: e, start: text.indexOf(e), end: text.indexOf(e) + e.length }], review: null })),
      { agreements: [{ id: "a", name: evil[0], parties: evil.slice(1, 3), kind: evil[3], events: [{ type: "signed", date: { value: "2019-09-20", text: evil[4] }, disputed: true, conflicts: ["c1"], sources: [{ file: evil[1], text: evil[2], start: 0, end: 1, date: null }] }] }], entities: [] },
      { articles: new Map(evil.map((e) => [e, { title: e, outlet: e, published: null, inferred: false, text }])) },
    );
    await fs.writeFile(file, html);
    const url = pathToFileURL(file).href;
    const { page, problems } = await watchedPage((u) => u === url || u.startsWith(`${url}#`));
    await page.goto(url);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    // every link stays in the page; the words are shown as text
    const hrefs = await page.locator("a").evaluateAll((els) => els.map((el) => el.getAttribute("href") ?? ""));
    expect(hrefs.every((h) => h.startsWith("#"))).toBe(true);
    expect(await page.locator("body").innerText()).toContain(evil[1]);
    await page.locator("a").first().click();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("claimline review in the browser", () => {
  it("records accept on a name variant and reject on a status conflict; the page and the next run's outputs show them", async () => {
    const before = Conflicts.parse(await readJson("conflicts.json"));
    const name = before.find((c) => c.type === "name_variant" && c.variant === "Buckele")!;
    const status = before.find((c) => c.type === "status_conflict" && c.parties?.includes("Guatemala"))!;
    const timelineBefore = Timeline.parse(await readJson("timeline.json"));
    const disputedBy = (t: Timeline, id: string) => t.agreements.flatMap((a) => a.events).filter((e) => e.conflicts.includes(id));
    expect(disputedBy(timelineBefore, status.id).length).toBeGreaterThan(0);
    expect(timelineBefore.entities.some((e) => e.variants.includes("Buckele"))).toBe(true);

    const server = await startReviewServer({ out });
    try {
      const origin = new URL(server.url).origin;
      const { page, problems } = await watchedPage((u) => u.startsWith(`${origin}/`));
      await page.goto(server.url);
      expect(await page.locator("#shown-count").textContent()).toBe(String(before.length));
      const disputedDots = await page.locator("svg circle.dot.disputed").count();

      // accept the name variant, with the spelling typed in
      const nameCard = page.locator(`#c-${name.id}`);
      await nameCard.locator("input[name=value]").fill("Bukele");
      await Promise.all([page.waitForEvent("load"), nameCard.locator("button.accept").click()]);
      let decisions = Decisions.parse(await readJson("decisions.json"));
      expect(decisions).toEqual([{ conflict: name.id, decision: "accept", value: "Bukele", at: expect.any(String) }]);
      expect(await page.locator(`#c-${name.id}`).getAttribute("data-state")).toBe("decided");
      expect(await page.locator(`#c-${name.id}`).isVisible()).toBe(false); // the open list no longer shows it

      // reject the status conflict
      await Promise.all([page.waitForEvent("load"), page.locator(`#c-${status.id} button.reject`).click()]);
      decisions = Decisions.parse(await readJson("decisions.json"));
      expect(decisions.map((d) => [d.conflict, d.decision])).toEqual([[name.id, "accept"], [status.id, "reject"]]);
      expect(await page.locator("header .summary").innerText()).toMatch(new RegExp(`^${before.length - 2} open conflicts, 2 decided`));
      expect(await page.locator("svg circle.dot.disputed").count()).toBe(disputedDots - disputedBy(timelineBefore, status.id).length);
      await page.selectOption("#f-state", "decided");
      expect(await visibleCards(page).evaluateAll((els) => els.map((el) => el.id).sort())).toEqual([`c-${name.id}`, `c-${status.id}`].sort());
      expect(await page.locator(`#c-${status.id} .decision`).innerText()).toMatch(/rejected/);

      // a value that does not fit is refused on the page, and nothing is written
      await page.selectOption("#f-state", "open");
      const date = before.find((c) => c.type === "date_conflict")!;
      await page.locator(`#c-${date.id} input[name=value]`).fill("someday");
      await page.locator(`#c-${date.id} button.accept`).click();
      await expect.poll(() => page.locator(`#c-${date.id} output`).textContent()).toMatch(/a date conflict wants a date/);
      expect(Decisions.parse(await readJson("decisions.json"))).toHaveLength(2);
      expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }

    // the server wrote only decisions.json; the next run applies it everywhere
    expect(Conflicts.parse(await readJson("conflicts.json"))).toEqual(before);
    await runInbox({ inbox: "fixtures/articles", out, threads: 1 });
    const after = Conflicts.parse(await readJson("conflicts.json"));
    expect(after.find((c) => c.id === name.id)!.review).toMatchObject({ decision: "accept", value: "Bukele" });
    expect(after.find((c) => c.id === status.id)!.review).toMatchObject({ decision: "reject" });
    const timelineAfter = Timeline.parse(await readJson("timeline.json"));
    expect(disputedBy(timelineAfter, status.id)).toEqual([]);
    expect(timelineAfter.entities.some((e) => e.variants.includes("Buckele"))).toBe(false);
    expect(timelineAfter.entities.find((e) => e.canonical === "Nayib Bukele")).toBeDefined();
  }, 60_000);
});
