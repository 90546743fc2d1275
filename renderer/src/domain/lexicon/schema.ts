// The shape a shared lexicon file must have (JSON), checked with zod so that a file a colleague
// sent is either read whole or refused with the row and field that is wrong.
import { z } from 'zod';

/** The longest phrase or variant an entry may have (a policy phrase is a slogan, not a sentence). */
export const PHRASE_MAX_LENGTH = 64;

export const categorySchema = z.object({
  name: z.string().trim().min(1, 'category name is empty'),
  colour: z
    .string()
    .trim()
    .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'colour must be #rgb or #rrggbb'),
});

export const entryFileSchema = z.object({
  phrase: z.string().trim().min(1, 'phrase is empty').max(PHRASE_MAX_LENGTH, `phrase is longer than ${PHRASE_MAX_LENGTH} characters`),
  variants: z
    .array(
      z.string().trim().min(1, 'a variant is empty').max(PHRASE_MAX_LENGTH, `a variant is longer than ${PHRASE_MAX_LENGTH} characters`),
    )
    .default([]),
  category: categorySchema,
  note: z.string().default(''),
  enabled: z.boolean().default(true),
});

export const lexiconFileSchema = z.object({
  version: z.literal(1),
  entries: z.array(z.unknown()),
});

export type EntryFile = z.infer<typeof entryFileSchema>;
