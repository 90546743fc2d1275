// Settings for highlighting: the six categories (a name in each UI language and a colour) and
// the tag taxonomy (rename, merge into another tag, delete — each everywhere, in one transaction).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
// The menu shows these names too: main's schema takes the same limit, so no name passes here and fails there.
import { MAX_CATEGORY_NAME_LENGTH } from '../../../../../preload/contract';
import {
  CATEGORIES_KEY,
  categoriesFrom,
  defaultCategories,
  writeCategories,
  type HighlightCategory,
} from '../../../data/repositories/highlight-categories';
import {
  deleteTag,
  listTags,
  mergeTags,
  renameTag,
  restoreDeletedTag,
  TagNameTakenError,
  type DeletedTag,
} from '../../../data/repositories/tags';
import type { TagRecord } from '../../../data/records';
import { useServices } from '../../app/services';
import './highlights.css';

const languageNames = { 'zh-CN': '中文', en: 'English' } as const;

export function HighlightSettings() {
  return (
    <>
      <CategorySettings />
      <TagSettings />
    </>
  );
}

function CategorySettings() {
  const { t } = useTranslation('highlights');
  const { db } = useServices();
  const stored = useLiveQuery(async () => categoriesFrom((await db.settings.get(CATEGORIES_KEY))?.value), [db]) ?? defaultCategories();
  const zh = useTranslation('highlights', { lng: 'zh-CN' }).t;
  const en = useTranslation('highlights', { lng: 'en' }).t;
  const defaultName = (id: HighlightCategory['id'], language: 'zh-CN' | 'en') => (language === 'zh-CN' ? zh : en)(`category.${id}`);
  const language = useLanguageKey();
  const change = (id: HighlightCategory['id'], update: (category: HighlightCategory) => HighlightCategory) =>
    void writeCategories(
      db,
      stored.map((category) => (category.id === id ? update(category) : category)),
    );

  return (
    <fieldset className="highlight-settings">
      <legend>{t('settings.categories')}</legend>
      <table>
        <tbody>
          {stored.map((category) => {
            const label = category.names[language] ?? t(`category.${category.id}`);
            return (
              <tr key={category.id}>
                <td>
                  <input
                    type="color"
                    aria-label={t('settings.color', { category: label })}
                    value={category.color}
                    onChange={(event) => change(category.id, (c) => ({ ...c, color: event.target.value }))}
                  />
                </td>
                {(['zh-CN', 'en'] as const).map((language) => (
                  <td key={language}>
                    <NameInput
                      label={t('settings.nameIn', { category: label, language: languageNames[language] })}
                      maxLength={MAX_CATEGORY_NAME_LENGTH}
                      value={category.names[language] ?? defaultName(category.id, language)}
                      onSave={(name) =>
                        change(category.id, (c) => ({
                          ...c,
                          names: {
                            ...c.names,
                            [language]: name.trim() && name.trim() !== defaultName(c.id, language) ? name.trim() : undefined,
                          },
                        }))
                      }
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => void writeCategories(db, defaultCategories())}>
        {t('settings.reset')}
      </button>
    </fieldset>
  );
}

function useLanguageKey(): 'zh-CN' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}

/** A text field saved when it loses focus or on Enter. */
function NameInput({
  label,
  value,
  maxLength,
  onSave,
}: {
  label: string;
  value: string;
  maxLength?: number;
  onSave: (value: string) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const save = () => {
    if (draft !== null && draft !== value) onSave(draft);
    setDraft(null);
  };
  return (
    <input
      type="text"
      aria-label={label}
      maxLength={maxLength}
      value={draft ?? value}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => {
        if (event.key === 'Enter') save();
      }}
    />
  );
}

function TagSettings() {
  const { t } = useTranslation('highlights');
  const { db } = useServices();
  const tags = useLiveQuery(() => listTags(db), [db]) ?? [];
  const [error, setError] = useState('');
  // The last deletion, kept for its Undo: a tag is on many highlights and events, so one click must not lose them.
  const [deleted, setDeleted] = useState<DeletedTag | null>(null);
  const [restored, setRestored] = useState('');
  const remove = async (tag: TagRecord) => {
    setError('');
    setRestored('');
    setDeleted((await deleteTag(db, tag.id)) ?? null);
  };
  const undo = async (what: DeletedTag) => {
    setDeleted(null);
    try {
      await restoreDeletedTag(db, what);
      setRestored(t('settings.tagRestored', { name: what.tag.name }));
    } catch (problem) {
      if (problem instanceof TagNameTakenError) setError(t('settings.taken', { name: problem.tagName }));
      else throw problem;
    }
  };
  const rename = async (tag: TagRecord, name: string) => {
    setError('');
    try {
      await renameTag(db, tag.id, name);
    } catch (problem) {
      if (problem instanceof TagNameTakenError) setError(t('settings.taken', { name: problem.tagName }));
      else throw problem;
    }
  };
  return (
    <fieldset className="highlight-settings tag-settings">
      <legend>{t('settings.tags')}</legend>
      {error && <p role="alert">{error}</p>}
      <p role="status" className="tag-settings__status">
        {deleted && (
          <>
            {t('settings.tagDeleted', { name: deleted.tag.name, count: deleted.records.length })}{' '}
            <button type="button" onClick={() => void undo(deleted)}>
              {t('settings.undo')}
            </button>
          </>
        )}
        {restored}
      </p>
      {tags.length === 0 && <p>{t('settings.noTags')}</p>}
      <table>
        <tbody>
          {tags.map((tag) => (
            <tr key={tag.id}>
              <td>
                <span className="hl-swatch" style={{ backgroundColor: tag.color }} aria-hidden="true" />
                <NameInput label={t('settings.rename', { name: tag.name })} value={tag.name} onSave={(name) => void rename(tag, name)} />
              </td>
              <td>
                <MergeControl
                  tag={tag}
                  others={tags.filter((other) => other.id !== tag.id)}
                  onMerge={(intoId) => void mergeTags(db, tag.id, intoId)}
                />
              </td>
              <td>
                <button type="button" aria-label={t('settings.deleteTag', { name: tag.name })} onClick={() => void remove(tag)}>
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

function MergeControl({ tag, others, onMerge }: { tag: TagRecord; others: TagRecord[]; onMerge: (intoId: string) => void }) {
  const { t } = useTranslation('highlights');
  const [into, setInto] = useState('');
  if (others.length === 0) return null;
  return (
    <span>
      <select aria-label={t('settings.mergeInto', { name: tag.name })} value={into} onChange={(event) => setInto(event.target.value)}>
        <option value="" />
        {others.map((other) => (
          <option key={other.id} value={other.id}>
            {other.name}
          </option>
        ))}
      </select>
      <button type="button" disabled={!into} onClick={() => onMerge(into)}>
        {t('settings.merge')}
      </button>
    </span>
  );
}
