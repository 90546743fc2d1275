// The highlight categories: six fixed ids with default colours; the user may rename them (per
// UI language) and recolour them in Settings. Stored as one settings row, checked on read.
import type { ReadoutDatabase } from '../schema/db';

export const CATEGORY_IDS = ['policy', 'target', 'project', 'person', 'risk', 'other'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface HighlightCategory {
  id: CategoryId;
  color: string;
  /** Names the user chose, by UI language; absent means the default name of that language. */
  names: Partial<Record<'zh-CN' | 'en', string>>;
}

const defaultColors: Record<CategoryId, string> = {
  policy: '#f4c542',
  target: '#6cc3f0',
  project: '#8fd694',
  person: '#d7a6f2',
  risk: '#f28b82',
  other: '#c8c3b8',
};

export const CATEGORIES_KEY = 'highlightCategories';

export function defaultCategories(): HighlightCategory[] {
  return CATEGORY_IDS.map((id) => ({ id, color: defaultColors[id], names: {} }));
}

export const isCategoryId = (value: unknown): value is CategoryId => (CATEGORY_IDS as readonly unknown[]).includes(value);
const isColor = (value: unknown): value is string => typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value);

/** The stored categories merged over the defaults; anything malformed falls back to its default. */
export function categoriesFrom(stored: unknown): HighlightCategory[] {
  const byId = new Map<string, { color?: unknown; names?: unknown }>();
  if (Array.isArray(stored))
    for (const item of stored) if (item && typeof item === 'object' && isCategoryId(item.id)) byId.set(item.id, item);
  return defaultCategories().map((category) => {
    const saved = byId.get(category.id);
    const names: HighlightCategory['names'] = {};
    if (saved?.names && typeof saved.names === 'object') {
      for (const language of ['zh-CN', 'en'] as const) {
        const name = (saved.names as Record<string, unknown>)[language];
        if (typeof name === 'string' && name.trim()) names[language] = name.trim();
      }
    }
    return { id: category.id, color: isColor(saved?.color) ? saved.color : category.color, names };
  });
}

export async function readCategories(db: ReadoutDatabase): Promise<HighlightCategory[]> {
  return categoriesFrom((await db.settings.get(CATEGORIES_KEY))?.value);
}

export async function writeCategories(db: ReadoutDatabase, categories: readonly HighlightCategory[]): Promise<void> {
  await db.settings.put({ key: CATEGORIES_KEY, value: categoriesFrom(categories) });
}
