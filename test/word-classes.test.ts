import { describe, expect, it } from "vitest";
import { lexiconGender, wordClass } from "../extractors/names.js";
import { COMPROMISE_VERSION, WORD_CLASS_LISTS } from "../extractors/lexicon/word-classes.js";
import { version, wordClassLists } from "../tools/write-word-classes.js";

describe("word classes shipped as data", () => {
  it("match the installed compromise's word list (run `npm run lexicon` after upgrading it)", () => {
    expect(COMPROMISE_VERSION).toBe(version);
    expect(JSON.stringify(WORD_CLASS_LISTS)).toBe(JSON.stringify(Object.fromEntries(Object.entries(wordClassLists()).sort(([a], [b]) => a.localeCompare(b)))));
  });

  it("answer as compromise's tags say", () => {
    expect(wordClass("john")).toBe("given");
    expect(lexiconGender("john")).toBe("he");
    expect(lexiconGender("mary")).toBe("she");
    expect(wordClass("france")).toBe("place");
    expect(wordClass("january")).toBe("date");
    expect(wordClass("always")).toBe("common");
    expect(wordClass("qzxv")).toBeNull();
    expect(lexiconGender("always")).toBeNull();
  });
});
