// The floating toolbar "Highlight" shown over a selection or the current highlight: one button
// per category, "Add note", "Add tag" (and "Delete highlight" for an existing one), with the
// note textbox "Note" and the tag combobox "Tag" opening beneath it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listTags } from '../../../data/repositories/tags';
import { useServices } from '../../app/services';
import { markOf } from './dom-offsets';
import { highlightStore } from './highlight-store';
import type { Highlighting } from './useHighlighting';

export function HighlightToolbar({ h }: { h: Highlighting }) {
  const { t } = useTranslation('highlights');
  const { db } = useServices();
  const tags = useLiveQuery(() => listTags(db), [db]) ?? [];
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const { selection, current, editor } = h;
  const visible = !!selection || (!!current && current.anchor !== 'orphaned');

  const box = useRef<HTMLDivElement>(null);

  // Above the selection (or the current highlight's first mark), so the line below stays readable
  // as one reads on; beneath it only when there is no room above. Kept there on scroll, and placed
  // again when an editor opens and the box grows.
  useLayoutEffect(() => {
    if (!visible) return;
    const place = () => {
      const rect = selection?.rect ?? (current ? markOf(current.id)?.getBoundingClientRect() : undefined);
      if (!rect) return;
      const height = box.current?.offsetHeight ?? 0;
      const above = rect.top - 8 - height;
      setPosition({
        top: above >= 8 ? above : Math.min(window.innerHeight - height - 8, rect.bottom + 8),
        left: Math.max(8, Math.min(window.innerWidth - 520, rect.left)),
      });
    };
    // After this frame's layout, so a mark made just now is measured where it is painted.
    const frame = requestAnimationFrame(place);
    window.addEventListener('scroll', place, true);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', place, true);
    };
  }, [visible, selection, current, editor]);

  if (!visible) return null;
  const tagName = new Map(tags.map((tag) => [tag.id, tag]));
  return (
    <div
      ref={box}
      role="group"
      aria-label={t('toolbar.label')}
      className="hl-toolbar"
      style={position ? { top: position.top, left: position.left } : undefined}
      onMouseDown={(event) => {
        // Keep the text selection alive while a button is pressed.
        if (!(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)) event.preventDefault();
      }}
    >
      <div role="toolbar" aria-label={t('toolbar.label')} className="hl-toolbar__buttons">
        {h.categories.map((category) => (
          <button
            key={category.id}
            type="button"
            aria-keyshortcuts={category.key}
            aria-pressed={!selection && current ? current.categoryId === category.id : undefined}
            onClick={() => void h.applyCategory(category.id)}
          >
            <span className="hl-swatch" style={{ backgroundColor: category.color }} aria-hidden="true" />
            {category.name}
            <kbd aria-hidden="true">{category.key}</kbd>
          </button>
        ))}
        <button type="button" aria-keyshortcuts="N" onClick={() => void h.openEditor('note')}>
          {t('toolbar.addNote')}
        </button>
        <button type="button" aria-keyshortcuts="T" onClick={() => void h.openEditor('tag')}>
          {t('toolbar.addTag')}
        </button>
        {current && !selection && (
          <button type="button" aria-keyshortcuts="Delete" onClick={() => void h.remove(current.id)}>
            {t('toolbar.delete')}
          </button>
        )}
      </div>
      {current && !selection && editor === 'note' && <NoteEditor key={current.id} initial={current.note} onSave={h.saveNote} />}
      {current && !selection && editor === 'tag' && (
        <TagEditor
          tags={tags.map((tag) => tag.name)}
          chosen={current.tagIds.map((id) => tagName.get(id)).filter((tag) => tag !== undefined)}
          onAdd={h.addTag}
          onRemove={h.removeTag}
        />
      )}
    </div>
  );
}

function closeEditor() {
  const current = document.querySelector<HTMLElement>('.hl--current');
  highlightStore.openEditor(null);
  current?.focus();
}

function NoteEditor({ initial, onSave }: { initial: string; onSave: (note: string) => Promise<void> }) {
  const { t } = useTranslation('highlights');
  const [note, setNote] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  const saved = useRef(false);
  useEffect(() => ref.current?.focus(), []);
  // Saved once: on Enter or Esc (which also close the editor, at once, so the next key is a command) or on leaving it.
  const commit = () => {
    if (saved.current) return;
    saved.current = true;
    void onSave(note);
  };
  return (
    <div className="hl-editor">
      <textarea
        ref={ref}
        aria-label={t('note')}
        aria-description={t('noteHint')}
        rows={3}
        value={note}
        onChange={(event) => {
          saved.current = false;
          setNote(event.target.value);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Escape') {
            event.preventDefault();
            commit();
            closeEditor();
          }
        }}
      />
    </div>
  );
}

function TagEditor({
  tags,
  chosen,
  onAdd,
  onRemove,
}: {
  tags: string[];
  chosen: { id: string; name: string; color: string }[];
  onAdd: (name: string) => Promise<void>;
  onRemove: (id: string) => Promise<void>;
}) {
  const { t } = useTranslation('highlights');
  const [value, setValue] = useState('');
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="hl-editor">
      <ul className="tag-chips" aria-label={t('tag')}>
        {chosen.map((tag) => (
          <li key={tag.id} className="tag-chip" style={{ borderColor: tag.color }}>
            {tag.name}
            <button type="button" aria-label={t('removeTag', { name: tag.name })} onClick={() => void onRemove(tag.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        ref={ref}
        role="combobox"
        aria-label={t('tag')}
        aria-description={t('tagHint')}
        aria-expanded={false}
        aria-autocomplete="list"
        list="hl-tag-options"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          // Enter adds the tag and hands the keys back to the text (the next key is a command, not
          // more of the tag); T opens the box again for another tag.
          if (event.key === 'Enter') {
            event.preventDefault();
            if (value.trim()) void onAdd(value).then(closeEditor);
            else closeEditor();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            closeEditor();
          }
        }}
      />
      <datalist id="hl-tag-options">
        {tags.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </div>
  );
}
