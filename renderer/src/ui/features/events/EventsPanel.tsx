// The region "Events", docked under the article at the foot of the window (collapsible), so the
// analyst reviews while reading: the issue's events as a table (Date, Officials, Place, Type,
// Summary, Tags, Status) sortable by column, with confirm, edit, delete (with undo), tagging,
// bulk confirm and bulk fix of the selected rows, and adding a missed event from the selection.
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventRecord } from '../../../data/records';
import { addEventFromText, deleteEvent, restoreEvent } from '../../../data/repositories/events';
import { useRoute } from '../../app/route';
import { useServices } from '../../app/services';
import type { ReaderPanelProps } from '../reader/extensions';
import { EventRow, eventRowId } from './EventRow';
import { EventsBulkBar } from './EventsBulkBar';
import { EventsTableHead } from './EventsTableHead';
import { nextSort, sortEvents, type EventSort } from './events-sort';
import { useIssueEvents } from './issue-events-store';
import './events.css';

type Notice = { kind: 'deleted'; event: EventRecord } | { kind: 'info'; text: string } | null;

/** The block index and text of the current selection inside the article, if any. */
function selectedBlock(): { blockIndex: number; text: string } | null {
  const selection = window.getSelection();
  const text = selection?.toString().trim();
  if (!selection || !text || selection.rangeCount === 0) return null;
  const node = selection.getRangeAt(0).startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest('[data-block]');
  if (!block) return null;
  return { blockIndex: Number(block.getAttribute('data-block')), text };
}

/**
 * A search result for an event opens #/issue/<id>?event=<eventId>: once the events are shown,
 * bring its paragraph into view and focus its row.
 */
function useEventLanding(events: readonly EventRecord[] | undefined) {
  const route = useRoute();
  const wanted = route.view === 'issue' && route.landing?.kind === 'event' ? route.landing.eventId : null;
  const event = wanted ? events?.find((candidate) => candidate.id === wanted) : undefined;
  useEffect(() => {
    if (!event) return;
    const frame = requestAnimationFrame(() => {
      // An event whose paragraph a new version removed stands on none: only its row is shown.
      if (!event.lostParagraphs)
        document.querySelector(`article.reader [data-block="${event.blockIndex}"]`)?.scrollIntoView({ block: 'center' });
      const row = document.getElementById(eventRowId(event.id));
      row?.focus({ preventScroll: true });
      row?.scrollIntoView({ block: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
    // Once per event landed on, not on every change of the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [event?.id]);
}

export function EventsPanel({ issue, text }: ReaderPanelProps) {
  const { t } = useTranslation('events');
  const { db } = useServices();
  const events = useIssueEvents(db, issue.id);
  const [notice, setNotice] = useState<Notice>(null);
  const [open, setOpen] = useState(true);
  const [sort, setSort] = useState<EventSort | null>(null);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const tableId = useId();
  const shown = useMemo(() => sortEvents(events ?? [], sort), [events, sort]);
  // Only events still in the table count as selected (one may have been deleted meanwhile).
  const selectedIds = shown.filter((event) => selection.has(event.id)).map((event) => event.id);
  const select = (id: string, selected: boolean) =>
    setSelection((current) => {
      const next = new Set(current);
      if (selected) next.add(id);
      else next.delete(id);
      return next;
    });
  useEventLanding(events);

  const remove = async (event: EventRecord) => {
    const deleted = await deleteEvent(db, event.id);
    if (deleted) setNotice({ kind: 'deleted', event: deleted });
  };

  const addFromSelection = async () => {
    const selected = selectedBlock();
    if (!selected) {
      setNotice({ kind: 'info', text: t('selectFirst') });
      return;
    }
    const line = text.blocks[selected.blockIndex]?.line ?? 0;
    await addEventFromText(db, issue, selected.blockIndex, line, selected.text);
    setNotice({ kind: 'info', text: t('added') });
  };

  return (
    <section className={`events-panel${open ? '' : ' events-panel--collapsed'}`} aria-label={t('region')}>
      <header className="events-panel__header">
        <h2>{t('heading')}</h2>
        <button type="button" aria-expanded={open} aria-controls={tableId} onClick={() => setOpen(!open)}>
          {open ? t('hideTable') : t('showTable')}
        </button>
        {events && <span className="events-panel__count">{t('count', { count: events.length })}</span>}
        <button
          type="button"
          // Keep the article's selection: a mouse down on the button would otherwise clear it.
          onMouseDown={(down) => down.preventDefault()}
          onClick={() => void addFromSelection()}
        >
          {t('addFromSelection')}
        </button>
      </header>
      {notice?.kind === 'deleted' && (
        <p role="status" className="events-panel__notice">
          {t('deleted')}{' '}
          <button
            type="button"
            onClick={() => {
              void restoreEvent(db, notice.event);
              setNotice(null);
            }}
          >
            {t('undo')}
          </button>
        </p>
      )}
      {notice?.kind === 'info' && (
        <p role="status" className="events-panel__notice">
          {notice.text}
        </p>
      )}
      {open && selectedIds.length > 0 && (
        <EventsBulkBar
          selectedIds={selectedIds}
          onDone={(message) => setNotice({ kind: 'info', text: message })}
          onClear={() => setSelection(new Set())}
        />
      )}
      <div id={tableId} className="events-table__scroll" hidden={!open}>
        {events && events.length === 0 && <p className="events-panel__empty">{t('empty')}</p>}
        {events && events.length > 0 && (
          <table className="events-table">
            <EventsTableHead
              sort={sort}
              onSort={(key) => setSort(nextSort(sort, key))}
              selected={selectedIds.length === 0 ? 'none' : selectedIds.length === shown.length ? 'all' : 'some'}
              onSelectAll={(all) => setSelection(new Set(all ? shown.map((event) => event.id) : []))}
            />
            <tbody>
              {shown.map((event) => (
                <EventRow
                  key={event.id}
                  event={event}
                  onDelete={(target) => void remove(target)}
                  selected={selection.has(event.id)}
                  onSelect={select}
                />
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
