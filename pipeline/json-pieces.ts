// timeline.json and conflicts.json as pieces: each agreement, entity and conflict is keyed by a
// hash of its compact JSON (made a small piece at a time, never one large string), and its
// indented text is copied from the render cache when an earlier run wrote the same item; only the
// items that changed are written out afresh. The bytes are toJson's, as jsonChunks writes them.
import { createHash } from "node:crypto";
import { noteJsonHash, pieceKey, type RenderCache } from "./render-cache.js";
import { jsonChunks, jsonPieces } from "./store.js";

/** What JSON.stringify writes for a value inside an array: undefined, functions and symbols are null. */
const inArray = (v: unknown) => (v === undefined || typeof v === "function" || typeof v === "symbol" ? null : v);
const plain = (v: unknown): v is object => v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON !== "function";

/** JSON.stringify(value) in pieces: arrays and objects of the first `levels` levels member by member (jsonPieces, compact). */
export const compactChunks = (value: unknown, levels: number): Generator<string> => jsonPieces(value, levels);

/** A hash of the value's compact JSON text (the hash the report pieces made from it are keyed by). */
export function jsonHash(value: object, levels: number): string {
  const h = createHash("sha1");
  let pending = "";
  for (const chunk of compactChunks(value, levels)) {
    pending += chunk;
    if (pending.length < 1 << 14) continue;
    h.update(pending);
    pending = "";
  }
  return h.update(pending).digest("base64url");
}

/**
 * toJson(value) as jsonChunks writes it (the items of `value[field]` arrays each one piece; `value`
 * itself an array when `fields` is empty), every item's text from the cache when unchanged. Each
 * item's hash is noted for the reports' pieces (noteJsonHash).
 */
export function* cachedJsonChunks(value: object, fields: readonly string[], cache: RenderCache | undefined, kind: string): Generator<string | Buffer> {
  const itemsOf = (list: readonly unknown[], indent: string, name: string): Generator<string | Buffer> =>
    (function* () {
      if (!list.length) return yield "[]";
      yield "[\n";
      const inner = indent + "  ";
      for (let i = 0; i < list.length; i++) {
        yield inner;
        const item = inArray(list[i]);
        if (plain(item)) {
          // an agreement's events and a conflict's evidence one at a time: no large strings
          // an item with a stand-in key (an agreement as reconcile's cache gave it) whose hash the last run found is not serialized to be hashed
          const hash = cache ? cache.jsonHashOf(item, () => jsonHash(item, 2)) : jsonHash(item, 2);
          noteJsonHash(item, hash);
          const render = () => jsonChunks(item, 2, inner);
          if (cache) yield* cache.chunks(cache.pieceKeyOf(item, `json-${kind}-${name}`, inner, () => pieceKey(`json-${kind}-${name}`, hash, inner)), render);
          else yield* render();
        } else yield* jsonChunks(item, 0, inner);
        yield i < list.length - 1 ? ",\n" : "\n";
      }
      yield `${indent}]`;
    })();
  if (Array.isArray(value)) {
    yield* itemsOf(value, "", "items");
    return yield "\n";
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
  if (!entries.length) return yield "{}\n";
  yield "{\n";
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i];
    yield `  ${JSON.stringify(k)}: `;
    if (fields.includes(k) && Array.isArray(v)) yield* itemsOf(v, "  ", k);
    else yield* jsonChunks(v, 3, "  ");
    yield i < entries.length - 1 ? ",\n" : "\n";
  }
  yield "}\n";
}
