// The region "Events" beside the reader: the issue's events as a table (Date, Officials, Place,
// Type, Summary, Tags, Status), with confirm, edit, delete (with undo), tagging, and adding a
// missed event from the text selected in the article.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventRecord } from '../../../data/records';
import { addEventFromText, deleteEvent, restoreEvent } from '../../../data/repositories/events';
import { useRoute } from '../../app/route';
import { useServices } from '../../app/services';
import type { ReaderPanelProps } from '../reader/extensions';
import { EventRow, eventRowId } from './EventRow';
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
    <section className="events-panel" aria-label={t('region')}>
      <header className="events-panel__header">
        <h2>{t('heading')}</h2>
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
      {events && events.length === 0 && <p className="events-panel__empty">{t('empty')}</p>}
      {events && events.length > 0 && (
        <div className="events-table__scroll">
          <table className="events-table">
            <thead>
              <tr>
                <th scope="col">{t('columns.date')}</th>
                <th scope="col">{t('columns.officials')}</th>
                <th scope="col">{t('columns.place')}</th>
                <th scope="col">{t('columns.type')}</th>
                <th scope="col">{t('columns.summary')}</th>
                <th scope="col">{t('columns.tags')}</th>
                <th scope="col">{t('columns.status')}</th>
                <th scope="col">{t('columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <EventRow key={event.id} event={event} onDelete={(target) => void remove(target)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
