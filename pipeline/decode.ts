// Bytes to text: BOMs, declared charsets, and refusal of what is not text.
import { BadInputError } from "./errors.js";

export const MAX_BYTES = 5 * 1024 * 1024;

/** The one refusal of NUL, in a .txt, a .json string or a page: such a text is binary, not an article. */
export const NUL_REASON = "binary file, not text: it holds NUL characters";

/** True when `s` has nothing to read: white space of any script, zero-width and other invisible format characters. */
// " \u00a0\u200b\u3000\ufeff" → blank
export const isBlank = (s: string) => /^[\s\p{Cf}\p{Cc}]*$/u.test(s);

/** Refuses a text that holds NUL (a .txt whose NUL lies past the sniffed start, a JSON "\u0000"). */
export function refuseNul(text: string): void {
  if (text.includes("\0")) throw new BadInputError(NUL_REASON);
}

/** True when the bytes look like a binary file rather than text in some encoding. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return undefined;
}

function refuseEmptyOrHuge(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new BadInputError("empty file");
  if (bytes.length > MAX_BYTES) {
    throw new BadInputError(`file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_BYTES / 1048576} MB limit`);
  }
}

/**
 * Decodes a text or JSON article: a BOM wins, else strict UTF-8.
 * Throws BadInputError for empty, oversized, binary or undecodable input.
 */
export function decodeText(bytes: Uint8Array): string {
  refuseEmptyOrHuge(bytes);
  const bom = bomEncoding(bytes);
  if (!bom && bytes.includes(0)) throw new BadInputError(NUL_REASON);
  if (!bom && looksBinary(bytes)) throw new BadInputError("binary file, not text");
  const encoding = bom?.encoding ?? "utf-8";
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bom?.skip ?? 0));
  } catch {
    throw new BadInputError(`invalid ${encoding.toUpperCase()}: the bytes are not text in that encoding`);
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  refuseNul(text);
  if (isBlank(text)) throw new BadInputError("file holds only white space");
  return text;
}

function normalizeCharset(charset: string | undefined): string | undefined {
  if (!charset) return undefined;
  const c = charset.trim().toLowerCase();
  // Browsers read ISO-8859-1 and ASCII as windows-1252; so do we.
  if (c === "iso-8859-1" || c === "latin1" || c === "us-ascii" || c === "ascii") return "windows-1252";
  return c;
}

const SINGLE_BYTE = new Set(["windows-1252", "iso-8859-15", "latin9", "cp1252"]);

/** True when the bytes are valid UTF-8 and hold at least one multi-byte character. */
function isUtf8WithNonAscii(bytes: Uint8Array): boolean {
  let nonAscii = false;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) {
    nonAscii = true;
    break;
  }
  if (!nonAscii) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 without a BOM: "<" and other ASCII with a zero byte beside each. */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  if (oddZero > 0.8 * (n / 2) && evenZero === 0) return "utf-16le";
  if (evenZero > 0.8 * (n / 2) && oddZero === 0) return "utf-16be";
  return undefined;
}

function knownEncoding(label: string | undefined): string | undefined {
  const c = normalizeCharset(label);
  if (!c) return undefined;
  try {
    return new TextDecoder(c).encoding;
  } catch {
    return undefined;
  }
}

/**
 * Decodes a web page as a browser would, but forgiving where pages lie: a BOM wins, then the
 * charset the page declares (`declared`); a page that declares a single-byte charset but is valid
 * UTF-8 is read as UTF-8, and one that is not valid UTF-8 (declared so or not) as windows-1252.
 * Throws BadInputError for empty, oversized or binary input only.
 */
export function decodeHtml(bytes: Uint8Array, declared?: string): string {
  refuseEmptyOrHuge(bytes);
  const bom = bomEncoding(bytes);
  const utf16 = bom ? undefined : utf16WithoutBom(bytes);
  if (!bom && !utf16 && bytes.includes(0)) throw new BadInputError(NUL_REASON);
  if (!bom && !utf16 && looksBinary(bytes)) throw new BadInputError("binary file, not text");
  let encoding = bom?.encoding ?? utf16 ?? knownEncoding(declared);
  // a page that says utf-16 in its markup can't be utf-16 (the markup was readable as ASCII)
  if (!bom && !utf16 && encoding?.startsWith("utf-16")) encoding = "utf-8";
  const body = bytes.subarray(bom?.skip ?? 0);
  if (!encoding || encoding === "utf-8" || SINGLE_BYTE.has(encoding)) {
    if (isUtf8WithNonAscii(body)) encoding = "utf-8";
    else if (!encoding || encoding === "utf-8") {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(body);
        encoding = "utf-8";
      } catch {
        encoding = "windows-1252";
      }
    }
  }
  let text = new TextDecoder(encoding).decode(body);
  if (encoding === "windows-1252") text = windows1252Controls(text);
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  refuseNul(text);
  if (isBlank(text)) throw new BadInputError("file holds only white space");
  return text;
}

// windows-1252 bytes 0x80–0x9F, which some TextDecoder builds (Node's among them) read as Latin-1
// control characters: curly quotes, dashes, the euro sign. Undefined bytes keep their code point.
const CP1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function windows1252Controls(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}
