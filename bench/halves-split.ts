// The split of the development sets into halves (issue #18): a document is HELD (set aside before
// tuning, reported but never tuned on) when the MD5 of its file name without the extension, read as a
// hexadecimal number, is odd; otherwise it is in the TUNING half. The file name is the one the set's
// inbox writer gives the document (../shared/evaldev/inbox.mjs: conll-testa-NNN.txt, <docid>.txt,
// <file>.html; ../shared/eval/score-html.mjs --make-inbox: <page id>.html). Only the last extension
// goes ("ABC19980108.1830.0711.txt" -> "ABC19980108.1830.0711"). The figures of the closing notes
// are under this definition: do not change it (test/halves-split.test.ts pins it).
import { createHash } from "node:crypto";

export type Half = "held" | "tuning";

/** The file name without its last extension (and without any folder). */
export function splitKey(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

export function halfOf(fileName: string): Half {
  const md5 = createHash("md5").update(splitKey(fileName)).digest("hex");
  return BigInt("0x" + md5) % 2n === 1n ? "held" : "tuning";
}
