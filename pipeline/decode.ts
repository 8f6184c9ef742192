// Bytes to text: BOMs, declared charsets, and refusal of what is not text.
import { BadInputError } from "./errors.js";

export const MAX_BYTES = 5 * 1024 * 1024;

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

/**
 * Decodes article bytes. A BOM wins, then `declared` (an HTML charset), then strict UTF-8.
 * Throws BadInputError for empty, oversized, binary or undecodable input.
 */
export function decodeText(bytes: Uint8Array, declared?: string): string {
  if (bytes.length === 0) throw new BadInputError("empty file");
  if (bytes.length > MAX_BYTES) {
    throw new BadInputError(`file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_BYTES / 1048576} MB limit`);
  }
  const bom = bomEncoding(bytes);
  if (!bom && looksBinary(bytes)) throw new BadInputError("binary file, not text");
  const encoding = bom?.encoding ?? normalizeCharset(declared) ?? "utf-8";
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bom?.skip ?? 0));
  } catch (err) {
    if (err instanceof RangeError) throw new BadInputError(`unknown character encoding "${declared}"`);
    throw new BadInputError(`invalid ${encoding.toUpperCase()}: the bytes are not text in that encoding`);
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new BadInputError("file holds only white space");
  return text;
}

function normalizeCharset(charset: string | undefined): string | undefined {
  if (!charset) return undefined;
  const c = charset.trim().toLowerCase();
  // Browsers read ISO-8859-1 and ASCII as windows-1252; so do we.
  if (c === "iso-8859-1" || c === "latin1" || c === "us-ascii" || c === "ascii") return "windows-1252";
  return c;
}
