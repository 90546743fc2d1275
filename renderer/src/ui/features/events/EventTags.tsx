// The tags of one event: chips with a remove button and a combobox "Tag" offering the taxonomy's
// tags (a new name creates a tag). Shares the one taxonomy with highlights and issues.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventRecord } from '../../../data/records';
import { setEventTags } from '../../../data/repositories/events';
import { ensureTags, listTags } from '../../../data/repositories/tags';
import { useServices } from '../../app/services';

export function EventTags({ event }: { event: EventRecord }) {
  const { t } = useTranslation('events');
  const { db } = useServices();
  const tags = useLiveQuery(() => listTags(db), [db]) ?? [];
  const [draft, setDraft] = useState('');
  const listId = useId();
  const inputId = useId();
  const byId = new Map(tags.map((tag) => [tag.id, tag]));

  const add = async () => {
    const name = draft.trim();
    if (!name) return;
    const ids = await ensureTags(db, [name]);
    await setEventTags(db, event.id, [...event.tagIds, ...ids]);
    setDraft('');
  };

  return (
    <div className="event-tags">
      {event.tagIds.map((id) => {
        const tag = byId.get(id);
        if (!tag) return null;
        return (
          <span className="event-tags__chip" key={id} style={{ borderColor: tag.color }}>
            {tag.name}
            <button
              type="button"
              aria-label={t('removeTag', { name: tag.name })}
              onClick={() =>
                void setEventTags(
                  db,
                  event.id,
                  event.tagIds.filter((tagId) => tagId !== id),
                )
              }
            >
              ×
            </button>
          </span>
        );
      })}
      <span className="event-tags__add">
        {/* A real label (read by screen readers, clicked to focus), hidden for lack of room in the cell. */}
        <label htmlFor={inputId} className="visually-hidden">
          {t('tag')}
        </label>
        <input
          id={inputId}
          role="combobox"
          placeholder={t('tagPlaceholder')}
          aria-expanded={false}
          list={listId}
          value={draft}
          size={9}
          onChange={(change) => setDraft(change.target.value)}
          onKeyDown={(key) => {
            if (key.key === 'Enter') {
              key.preventDefault();
              void add();
            }
          }}
        />
        <datalist id={listId}>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.name} />
          ))}
        </datalist>
        <button type="button" onClick={() => void add()}>
          {t('addTag')}
        </button>
      </span>
    </div>
  );
}
