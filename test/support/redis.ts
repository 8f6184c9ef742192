// Queue tests each use their own key prefix on the real Redis; this removes everything under it.
import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { connectionOf, QUEUE_NAME } from "../../queue/jobs.js";

/** Obliterates the claimline queue under `prefix`, then deletes any key left under it. */
export async function clearPrefix(url: string, redis: Redis, prefix: string): Promise<void> {
  const q = new Queue(QUEUE_NAME, { connection: connectionOf(url), prefix });
  await q.obliterate({ force: true });
  await q.close();
  const left = await redis.keys(`${prefix}:*`);
  if (left.length) await redis.del(...left);
}
