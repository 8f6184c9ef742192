import { describe, expect, it } from "vitest";
import { csvCell, findAgreement, timelineCsv } from "../pipeline/export.js";
import type { Timeline } from "../pipeline/schemas.js";

describe("CSV cells (RFC 4180)", () => {
  it.each([
    ["plain", "plain"],
    ['say "no"', '"say ""no"""'],
    ["a, b", '"a, b"'],
    ["two\nlines", '"two\nlines"'],
    ["=HYPERLINK(\"http://x\")", '"\'=HYPERLINK(""http://x"")"'],
    ["+1", "'+1"],
    ["-cmd", "'-cmd"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tlead", "'\tlead"],
    ["2019-09-20", "2019-09-20"],
    ["", ""],
  ])("%j → %j", (input, expected) => expect(csvCell(input)).toBe(expected));
});

const timeline: Timeline = {
  agreements: [
    {
      id: "a1",
      name: "Safe Third Country Agreement",
      parties: ["El Salvador", "United States"],
      events: [
        {
          type: "signed",
          date: { value: "2019-09-20", text: "Friday" },
          disputed: true,
          conflicts: ["c1"],
          sources: [
            { file: "a.txt", text: "signed, \"finally\",\non Friday", start: 0, end: 10, date: { value: "2019-09-20", text: "Friday" } },
            { file: "=b.txt", text: "signed in September", start: 5, end: 9, date: { value: "2019-09", text: "September" } },
          ],
        },
      ],
    },
    { id: "a2", name: "Asylum Cooperative Agreement", parties: ["Guatemala", "United States"], events: [] },
  ],
  entities: [],
};

describe("the CSV export", () => {
  it("writes one row per event and source, with the date each source gives", () => {
    const csv = timelineCsv(timeline.agreements, new Map([["a.txt", "2019-09-21"]]));
    const lines = csv.split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('Safe Third Country Agreement,El Salvador; United States,,signed,2019-09-20,true,a.txt,2019-09-20,"signed, ""finally"", on Friday",a1,Friday,c1,Friday,2019-09-21');
    expect(lines[2]).toBe("Safe Third Country Agreement,El Salvador; United States,,signed,2019-09-20,true,'=b.txt,2019-09,signed in September,a1,Friday,c1,September,");
  });

  it("finds an agreement by id, by name in any case, or by words only its name has", () => {
    expect(findAgreement(timeline, "a2").id).toBe("a2");
    expect(findAgreement(timeline, "safe third country agreement").id).toBe("a1");
    expect(findAgreement(timeline, "Guatemala").id).toBe("a2");
    expect(() => findAgreement(timeline, "Agreement")).toThrow(/no single agreement matches "Agreement"/);
  });
});
