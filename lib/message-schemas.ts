/** The background's parsing of its requests (see `messages.ts`). */
import { z } from 'zod';
import { IdSchema } from './kb/schema';
import { FIND_BATCH_BLOCKS, FIND_BATCH_CHARS, type BackgroundRequest } from './messages';

export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-state') }).strict(),
  z.object({ type: z.literal('entries'), ids: z.array(IdSchema).max(50) }).strict(),
  z.object({ type: z.literal('hide-entry'), id: IdSchema }).strict(),
  // A page sends its text in batches (see `FIND_BATCH_CHARS`), so one request stays within these bounds.
  z.object({ type: z.literal('find'), texts: z.array(z.string().max(FIND_BATCH_CHARS)).max(FIND_BATCH_BLOCKS) }).strict(),
  z.object({ type: z.literal('badge'), count: z.number().int().min(0).max(1_000_000).nullable() }).strict(),
]);

export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  const parsed = BackgroundRequestSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}
