// A pure function of a string with its answers kept: the extractors ask about the same few words
// (and dates) many times per article and across articles. The map is emptied when it reaches
// `limit` entries, so a long run's memory stays bounded.

/** `f` with its answers kept by argument; `f` must be a pure function of its string. */
export function memo<T>(f: (key: string) => T, limit = 20_000): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    let v = seen.get(key);
    if (v === undefined && !seen.has(key)) {
      v = f(key);
      if (seen.size >= limit) seen.clear();
      seen.set(key, v);
    }
    return v as T;
  };
}
