// `--out` is checked before any work: a path that is a file, a folder that cannot be created, or
// a place on a kernel filesystem (/proc, /sys …, where creating a folder can even hang) is one
// usage error up front, not a failure per article or a run that never ends.
import { constants, promises as fs } from "node:fs";
import path from "node:path";

// statfs magic numbers of filesystems that hold no user files (linux/magic.h)
const SPECIAL_FILESYSTEMS = new Map<number, string>([
  [0x9fa0, "proc"],
  [0x62656572, "sysfs"],
  [0x1cd1, "devpts"],
  [0x27e0eb, "cgroup"],
  [0x63677270, "cgroup2"],
  [0x64626720, "debugfs"],
  [0x74726163, "tracefs"],
  [0x73636673, "securityfs"],
  [0xcafe4a11, "bpf"],
  [0x6165676c, "pstore"],
  [0x62656570, "configfs"],
  [0xde5e81e4, "efivarfs"],
  [0x65735543, "fusectl"],
  [0x42494e4d, "binfmt_misc"],
  [0x19800202, "mqueue"],
]);

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException)?.code;

/**
 * Why `out` cannot be the output folder, or undefined once it exists as a writable folder (it
 * is created when missing). Never throws.
 */
export async function outFolderProblem(out: string): Promise<string | undefined> {
  const abs = path.resolve(out);
  // the nearest part of the path that exists says where the folder would live
  let base = abs;
  for (;;) {
    const st = await fs.stat(base).catch((err) => (codeOf(err) === "ENOENT" || codeOf(err) === "ENOTDIR" ? undefined : err));
    if (st instanceof Error) return `--out "${out}" cannot be used: ${st.message}`;
    if (st) {
      if (!st.isDirectory()) {
        return base === abs ? `--out "${out}" exists and is not a folder` : `--out "${out}" cannot be created: "${base}" is not a folder`;
      }
      break;
    }
    const parent = path.dirname(base);
    if (parent === base) break;
    base = parent;
  }
  const fsType = await fs.statfs(base).then((s) => SPECIAL_FILESYSTEMS.get(s.type), () => undefined);
  if (fsType) return `--out "${out}" is on the ${fsType} filesystem, which holds no files of ours`;
  if (base !== abs) {
    try {
      await fs.mkdir(abs, { recursive: true });
    } catch (err) {
      return `--out "${out}" cannot be created: ${(err as Error).message}`;
    }
  }
  try {
    await fs.access(abs, constants.W_OK | constants.X_OK);
  } catch (err) {
    return `--out "${out}" is not writable: ${(err as Error).message}`;
  }
  return undefined;
}
