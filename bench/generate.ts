// A generator of synthetic news articles for the benchmark: varied sentences about agreements,
// officials, quotes and dates, drawn from small pools with a seeded random generator, so every
// run of the benchmark reads the same corpus and no two articles are copies.

import { promises as fs } from "node:fs";
import path from "node:path";

/** Mulberry32: a small seeded generator, enough for shuffling test material. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ["Guatemala", "Honduras", "El Salvador", "Mexico", "Rwanda", "Albania", "Tunisia", "Turkey", "Libya", "Niger", "Canada", "Paraguay"];
const HOSTS = ["the United States", "the United Kingdom", "Italy", "the European Union", "Spain", "Germany"];
const FIRST = ["Maria", "John", "Ana", "Luis", "Sarah", "Ahmed", "Elena", "Pedro", "Grace", "Tomas", "Fatima", "Daniel", "Ines", "Victor"];
const LAST = ["Morales", "Okafor", "Lindqvist", "Haddad", "Fernandez", "Novak", "Mensah", "Castillo", "Brennan", "Ruiz", "Kowalski", "Tanaka"];
const TITLES = ["Foreign Minister", "Interior Minister", "President", "Prime Minister", "Home Secretary", "Ambassador", "Secretary of State"];
const VERBS = ["said", "told reporters", "noted", "stressed", "warned", "added"];
const WHEN = ["on Friday", "last month", "in July", "earlier this week", "on March 3, 2023", "late last year", "two weeks later", "this summer", "in early February"];
const EVENTS = ["signed", "suspended", "ratified", "terminated", "expanded", "announced"];
const FILLER = [
  "Officials from both governments met for several hours before the announcement.",
  "Rights groups have long questioned whether the arrangement protects people seeking asylum.",
  "The number of crossings rose sharply during the first half of the year, according to government data.",
  "Critics in parliament asked for the full text to be published before any vote.",
  "The arrangement would cover people who passed through the partner country on their way north.",
  "Lawyers for several applicants said they would challenge the policy in court.",
  "The ministry did not immediately respond to a request for comment.",
  "Aid organizations said shelters near the border were already over capacity.",
];

const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];

/** One article of roughly `words` words; the same `seed` gives the same article. */
export function syntheticArticle(seed: number, words = 700): { file: string; text: string; published: string } {
  const r = seeded(seed);
  const host = pick(r, HOSTS);
  const partner = pick(r, COUNTRIES);
  const name = () => `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const official = name();
  const title = pick(r, TITLES);
  const out: string[] = [`${host.replace(/^the /, "")} and ${partner} ${pick(r, EVENTS)} migration deal`, ""];
  out.push(
    `${host[0].toUpperCase()}${host.slice(1)} and ${partner} ${pick(r, EVENTS)} an agreement ${pick(r, WHEN)} that would let authorities return some asylum seekers, ${title} ${official} ${pick(r, VERBS)}.`,
  );
  let count = out.join(" ").split(/\s+/).length;
  while (count < words) {
    const k = r();
    let p: string;
    if (k < 0.3) p = pick(r, FILLER);
    else if (k < 0.55) p = `“We expect the first transfers ${pick(r, WHEN)},” ${official.split(" ")[1]} ${pick(r, VERBS)}. “This is about order at the border.”`;
    else if (k < 0.75) p = `${name()}, a spokesperson for the ministry, ${pick(r, VERBS)} that the deal with ${partner} was ${pick(r, EVENTS)} ${pick(r, WHEN)}.`;
    else p = `According to ${name()}, the ${partner} government has not published the text, and the accord was ${pick(r, EVENTS)} ${pick(r, WHEN)}.`;
    out.push("", p);
    count += p.split(/\s+/).length;
  }
  const month = String(1 + Math.floor(r() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(r() * 28)).padStart(2, "0");
  return { file: `synthetic-${String(seed).padStart(5, "0")}.txt`, text: out.join("\n") + "\n", published: `${2015 + Math.floor(r() * 10)}-${month}-${day}` };
}

/** Writes synthetic articles `from`..`to` into `dir`, each with its sidecar giving its publication date. */
export async function writeInbox(dir: string, from: number, to: number): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (let i = from; i <= to; i++) {
    const a = syntheticArticle(i);
    await fs.writeFile(path.join(dir, a.file), a.text);
    await fs.writeFile(path.join(dir, a.file.replace(/\.txt$/, ".meta.json")), JSON.stringify({ published: a.published }));
  }
}
