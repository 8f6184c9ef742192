// A list the user gives on the command line (`--reference FILE`, `--agreements FILE`), checked at
// the boundary against its zod schema, with an error that names the bad entry.
import { z } from "zod";

/** Parses JSON text (or already-parsed JSON) as a list of `item`; throws "<label>: entry 3.name: …". */
export function loadUserList<T extends z.ZodType>(item: T, label: string, json: unknown): z.infer<T>[] {
  const data = typeof json === "string" ? (JSON.parse(json) as unknown) : json;
  const parsed = z.array(item).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${label}: entry ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data as z.infer<T>[];
}
