// The publication date an article's own text states: date lines, "Published …" lines and
// datelines near the top; never a date in a photo caption or in a sentence, never a guessed year.
import { describe, expect, it } from "vitest";
import { findPublicationDate, findPublicationDateIn, readDateLine } from "../extractors/published.js";
import { readDate } from "../pipeline/html/dates.js";
import { dateFromFileName, ingest } from "../pipeline/ingest.js";

const enc = (s: string) => new TextEncoder().encode(s);

describe("reading one line as a date line", () => {
  it.each([
    ["Sunday, February 7, 2021 | Politics", "2021-02-07", "date-line"],
    ["Published 14 June 2022", "2022-06-14", "published-line"],
    ["Published on: June 14, 2022", "2022-06-14", "published-line"],
    ["By Jane Doe | June 14, 2022, 10:00 AM ET", "2022-06-14", "date-line"],
    ["Updated 3:45 PM EDT, Fri September 20, 2019", "2019-09-20", "updated-line"],
    ["Posted on March 3, 2021 by Staff Reporter", "2021-03-03", "published-line"],
    ["2022-06-14T10:00:00Z", "2022-06-14", "date-line"],
    ["Jan. 24, 2025", "2025-01-24", "date-line"],
    ["Sept. 20, 2019 · 5 min read", "2019-09-20", "date-line"],
    ["Published 14 June 2022 · Updated 15 June 2022", "2022-06-14", "published-line"],
    ["Friday 20 September 2019 14.03 BST", "2019-09-20", "date-line"],
  ])("reads %j as %s (%s)", (line, value, rule) => {
    const d = readDateLine(line);
    expect(d?.value).toBe(value);
    expect(d?.rule).toBe(rule);
  });

  it.each([
    "U.S. Border Patrol agents take a father and son into custody near the border on June 12, 2018 near Mission, Texas.",
    "Silvia Martinez, an asylum seeker, hugs her daughter in Tijuana, Mexico on January 20, 2025.",
    "Immigrants wait outside the office on January 13, 2025 in Tapachula, Chiapas state, Mexico.",
    "The agreement was signed on June 12, 2018.",
    "Washington CNN —",
    "FILE PHOTO: Migrants at the border, June 12, 2018. REUTERS/Jose Luis Gonzalez",
    "Trump sees asylum deal with El Salvador to deport refugees.",
    "Talks held between June 1, 2019 and June 5, 2019",
    "Friday",
  ])("finds no date line in %j", (line) => {
    expect(readDateLine(line)).toBeNull();
  });
});

describe("finding an article's publication date in its text", () => {
  it.each([
    ["Headline here\nSunday, February 7, 2021 | Politics\n\nThe minister said on Friday that…", "2021-02-07", "date-line"],
    ["WASHINGTON, Sept. 20, 2019 (Reuters) - The United States and El Salvador signed…", "2019-09-20", "dateline"],
    ["SAN SALVADOR, El Salvador, Jan. 24, 2025 (AP) — The government said…", "2025-01-24", "dateline"],
    ["Headline\nWASHINGTON, Sept. 20 (Reuters) - The United States signed…\n\n© 2019 Reuters. All rights reserved.", "2019-09-20", "dateline+copyright-year"],
    ["Headline\nPublished 20 September 2019\nLONDON, 20 Sept (Reuters) - Britain said…", "2019-09-20", "published-line"],
    ["Headline\nUpdated 3:45 PM EDT, Fri September 20, 2019\nPublished 2:10 PM EDT, Fri September 20, 2019\nText.", "2019-09-20", "published-line"],
  ])("finds the date in %j", (text, value, rule) => {
    const d = findPublicationDateIn(text);
    expect(d?.value).toBe(value);
    expect(d?.rule).toBe(rule);
  });

  it("does not take a photo caption's date as the publication date", () => {
    const text =
      "U.S. Border Patrol agents take a father and son from Honduras into custody near the U.S.-Mexico border on June 12, 2018 near Mission, Texas.\nWashington CNN  — \n\nThe US and El Salvador signed an agreement on Friday.";
    expect(findPublicationDate(text)).toBeNull();
  });

  it("leaves a dateline without a year undated when the text states no year for it", () => {
    expect(findPublicationDate("WASHINGTON, Sept. 20 (Reuters) - The United States said on Friday it would act.")).toBeNull();
  });

  it("does not read a yearless dateline's year from two different copyright years", () => {
    expect(findPublicationDate("WASHINGTON, Sept. 20 (Reuters) - Text.\n© 2018 Reuters\n© 2019 Thomson")).toBeNull();
  });

  it("does not read a date in the body of the article as its publication date", () => {
    const text = "Headline\n\nThe deal was signed on June 12, 2018.\n\nIt took effect on July 1, 2018.";
    expect(findPublicationDate(text)).toBeNull();
  });
});

describe("reading the day out of a page's metadata string", () => {
  it.each([
    ["2019-11-19T23:30:00-05:00", "2019-11-19"],
    ["Nov 19, 2019 5:00 PM", "2019-11-19"],
    ["Tuesday 19 November 2019", "2019-11-19"],
    ["2019-02-30", null],
    ["yesterday", null],
    ["", null],
  ])("reads %j as %s", (s, day) => {
    expect(readDate(s)).toBe(day);
  });
});

describe("where the publication date comes from, in order", () => {
  const article = "Headline\nPublished 14 June 2022\n\nThe talks ended on Friday.";
  it("prefers a sidecar over the text's date line", async () => {
    const doc = await ingest({ file: "a-2021-01-01.txt", bytes: enc(article), sidecar: enc('{"published":"2022-06-15"}') });
    expect(doc.published).toEqual({ value: "2022-06-15", from: "sidecar" });
  });
  it("uses the text's date line over a date in the file name", async () => {
    const doc = await ingest({ file: "a-2021-01-01.txt", bytes: enc(article) });
    expect(doc.published).toEqual({ value: "2022-06-14", from: "dateline" });
  });
  it("falls back to the file name", async () => {
    const doc = await ingest({ file: "story_20210101.txt", bytes: enc("Headline\n\nThe talks ended on Friday.") });
    expect(doc.published).toEqual({ value: "2021-01-01", from: "filename" });
  });
  it("says unknown when nothing states a date", async () => {
    const doc = await ingest({ file: "story.txt", bytes: enc("Headline\n\nThe talks ended on Friday.") });
    expect(doc.published).toEqual({ value: null, from: "unknown" });
  });
  it("reads dates in file names without mistaking other numbers for them", () => {
    expect(dateFromFileName("2019-09-20-deal.txt")).toBe("2019-09-20");
    expect(dateFromFileName("000_840779b774828d78.txt")).toBeNull();
  });
});
