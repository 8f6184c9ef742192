// Reading one article file safely: opened without blocking (a FIFO cannot hang the read),
// refused unless it is a regular file, read up to a cap and refused beyond it whatever `stat`
// said (a device, /proc, a file that grows while read).
import { closeSync, constants, fstatSync, openSync, promises as fs, readlinkSync, readSync, type Stats } from "node:fs";
import { MAX_BYTES } from "./decode.js";
import { BadInputError } from "./errors.js";

/** What kind of special file a stat describes, in words; undefined for a regular file or folder. */
export function specialKind(st: Stats): string | undefined {
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return undefined;
}

/** A file read past `cap` bytes: refused, whatever its size said. */
const overCap = (cap: number) => new BadInputError(`file is over the ${cap / 1048576} MB limit`);

/**
 * The bytes of the regular file at `p`, at most `cap` of them (BadInputError beyond). `checkOpened`
 * is told the real path of what was opened (Linux; undefined elsewhere) and may refuse it by
 * throwing; `noFollow` refuses a link as the last part of `p` (ELOOP). ENOENT passes through.
 */
export async function readRegularFile(p: string, cap = MAX_BYTES, checkOpened?: (real: string | undefined) => void, noFollow = false): Promise<Uint8Array> {
  const handle = await fs.open(p, constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0));
  try {
    const st = await handle.stat();
    const special = specialKind(st);
    if (special) throw new BadInputError(`${special}, not a regular file: not read`);
    if (!st.isFile()) throw new BadInputError("not a regular file: not read");
    if (checkOpened) {
      const opened = await fs.readlink(`/proc/self/fd/${handle.fd}`).catch(() => undefined);
      checkOpened(opened?.startsWith("/") ? opened : undefined);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, cap + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > cap) throw overCap(cap);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/**
 * The bytes of `p` when it is a regular file reached without a link as its last part and
 * `accept` takes the real path of what was opened (read from /proc/self/fd, Linux); undefined
 * when any of that is not so (a link, a special file, a folder, no /proc, a real path `accept`
 * refuses), for the caller's full checks to decide, having read nothing. Synchronous, and few
 * calls (open, fstat, readlink, read, close): what `run` does for each of thousands of files.
 * BadInputError past `cap` bytes, whatever the size said; ENOENT passes through.
 */
export function readPlainFileSync(p: string, accept: (real: string) => boolean, cap = MAX_BYTES): Uint8Array | undefined {
  let fd: number;
  try {
    // non-blocking: a FIFO put here since the listing cannot hang the open
    fd = openSync(p, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw err;
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return undefined;
    let real: string;
    try {
      real = readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      return undefined;
    }
    if (!real.startsWith("/") || !accept(real)) return undefined;
    // the size is a first guess: the read stops at cap + 1 bytes whatever it said
    // not from Buffer's shared pool: a small file's bytes posted to a thread would copy the whole pool slab
    let buf = Buffer.allocUnsafeSlow(Math.min(st.size, cap) + 1);
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        if (total > cap) throw overCap(cap);
        const grown = Buffer.allocUnsafeSlow(Math.min(buf.length * 2, cap + 1));
        buf.copy(grown, 0, 0, total);
        buf = grown;
      }
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
    }
    if (total > cap) throw overCap(cap);
    return buf.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}
