// What the user asked to export: scope, content and format. Serialisable, so the print view (a
// route of its own, loaded in a hidden window by the desktop app) can rebuild the same model.
import { z } from 'zod';

export const exportFormats = ['docx', 'pdf', 'markdown', 'csv', 'jsonld', 'backup'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportSpecSchema = z.object({
  title: z.string().max(200),
  language: z.enum(['zh-CN', 'en']),
  scope: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('issue'), issueId: z.string().min(1) }),
    z.object({ kind: z.literal('issues'), issueIds: z.array(z.string().min(1)).min(1) }),
    z.object({ kind: z.literal('library') }),
    // An analyst's collection (data/repositories/collections.ts): its issues when the export runs.
    z.object({ kind: z.literal('collection'), collectionId: z.string().min(1) }),
  ]),
  content: z.object({
    highlights: z.boolean(),
    notes: z.boolean(),
    events: z.boolean(),
    issueNotes: z.boolean(),
    /** The lexicon's phrase counts: a table for the brief and a line per issue (absent in specs made before it). */
    lexicon: z.boolean().optional(),
  }),
  filters: z
    .object({
      categories: z.array(z.string()).optional(),
      tags: z.array(z.string()).optional(),
      from: z.string().optional(),
      to: z.string().optional(),
      /** Lexicon phrases: a highlight is kept when its quote or note says one of them, in any spelling. */
      phrases: z.array(z.string()).optional(),
    })
    .default({}),
});

export type ExportSpec = z.infer<typeof exportSpecSchema>;

/** base64url of the JSON, safe inside a URL hash. */
export function encodeExportSpec(spec: ExportSpec): string {
  const bytes = new TextEncoder().encode(JSON.stringify(spec));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeExportSpec(encoded: string): ExportSpec | null {
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const json: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
    const parsed = exportSpecSchema.safeParse(json);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A file name for the brief: its title made safe for every file system, plus the extension. */
export function exportFileName(title: string, extension: string, date: Date): string {
  // Characters no file system accepts in a name, control characters included.
  // eslint-disable-next-line no-control-regex -- the control characters are what it removes
  const forbidden = /[\\/:*?"<>|\u0000-\u001f]+/g;
  const safe = title.replace(forbidden, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Readout';
  return `${safe} ${date.toISOString().slice(0, 10)}.${extension}`;
}
