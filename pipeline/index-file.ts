// The name of the output folder's index head (store.ts reads and writes it), apart so that what
// `run` decides before the store loads (run-start.ts) can stat it without loading the store.
export const INDEX_FILE = ".index.jsonl";
