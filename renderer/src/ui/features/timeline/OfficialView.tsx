// An official's page: their titles over time, aliases, counts of events by type per week, every
// event of theirs, and merging another registry entry that is the same person into this one.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventTypes } from '../../../domain/events/types';
import { getPerson, listPeople, mergePeople, undoPeopleMerge, type PeopleMerge } from '../../../data/repositories/people';
import type { PersonRecord } from '../../../data/records';
import { listTags } from '../../../data/repositories/tags';
import { hrefFor } from '../../app/route';
import { useServices } from '../../app/services';
import { TimelineEventRow } from './TimelineEventRow';
import { weekKeyOf } from './timeline-rows';
import './timeline.css';

/** The merge list's search: a person whose name, another name or a title contains what was typed. */
function matchesPerson(person: PersonRecord, query: string): boolean {
  const wanted = query.trim();
  if (!wanted) return true;
  return [person.name, ...person.aliases, ...person.titles.map((title) => title.title)].some((text) => text.includes(wanted));
}

export function OfficialView({ personId }: { personId: string }) {
  const { t } = useTranslation('events');
  const { db } = useServices();
  const person = useLiveQuery(() => getPerson(db, personId).then((found) => found ?? null), [db, personId]);
  const events = useLiveQuery(() => db.events.where('personIds').equals(personId).sortBy('dateSort'), [db, personId]);
  const people = useLiveQuery(() => listPeople(db), [db]);
  const tags = useLiveQuery(() => listTags(db), [db]);
  const tagById = useMemo(() => new Map((tags ?? []).map((tag) => [tag.id, tag])), [tags]);
  const [mergeId, setMergeId] = useState('');
  const [mergeQuery, setMergeQuery] = useState('');
  // The last merge, undoable until the analyst leaves this page; or the message after undoing it.
  const [lastMerge, setLastMerge] = useState<PeopleMerge | null>(null);
  const [message, setMessage] = useState('');
  const perWeek = useMemo(() => {
    const weeks = new Map<string, Map<string, number>>();
    for (const event of events ?? []) {
      const week = weekKeyOf(event.dateSort);
      const counts = weeks.get(week) ?? new Map<string, number>();
      counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
      weeks.set(week, counts);
    }
    return [...weeks.entries()];
  }, [events]);

  if (person === undefined) return <p className="empty-state">{t('timeline.loading')}</p>;
  if (person === null || person.mergedInto) {
    return (
      <div className="empty-state" role="alert">
        <p>{t('official.notFound')}</p>
        {person?.mergedInto && <a href={hrefFor({ view: 'official', personId: person.mergedInto })}>{person.name}</a>}
        <a href={hrefFor({ view: 'timeline' })}>{t('official.back')}</a>
      </div>
    );
  }

  const merge = async () => {
    const other = people?.find((candidate) => candidate.id === mergeId);
    if (!other) return;
    setLastMerge(await mergePeople(db, other.id, person.id));
    setMessage(t('official.merged', { name: other.name }));
    setMergeId('');
  };
  const undoMerge = async () => {
    if (!lastMerge) return;
    await undoPeopleMerge(db, lastMerge);
    setLastMerge(null);
    setMessage(t('official.unmerged', { name: lastMerge.from.name }));
  };

  return (
    <div className="official">
      <a href={hrefFor({ view: 'timeline' })}>{t('official.back')}</a>
      <h1 lang="zh-CN">{t('official.heading', { name: person.name })}</h1>
      {person.aliases.length > 0 && (
        <p>
          {t('official.aliasesLabel')}
          <span lang="zh-CN">{person.aliases.join('、')}</span>
        </p>
      )}
      <section aria-label={t('official.titles')}>
        <h2>{t('official.titles')}</h2>
        <ul lang="zh-CN">
          {person.titles.map((title) => (
            <li key={title.title}>
              {title.title}{' '}
              <span className="timeline__count">{t('official.titleSpan', { first: title.firstSeen, last: title.lastSeen })}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label={t('official.perWeek')}>
        <h2>{t('official.perWeek')}</h2>
        <table className="official__table">
          <thead>
            <tr>
              <th scope="col">{t('official.week')}</th>
              {eventTypes.map((type) => (
                <th scope="col" key={type}>
                  {t(`types.${type}`)}
                </th>
              ))}
              <th scope="col">{t('official.total')}</th>
            </tr>
          </thead>
          <tbody>
            {perWeek.map(([week, counts]) => (
              <tr key={week}>
                <th scope="row">{week === '~' ? t('timeline.undatedGroup') : week}</th>
                {eventTypes.map((type) => (
                  <td key={type}>{counts.get(type) ?? ''}</td>
                ))}
                <td>{[...counts.values()].reduce((sum, count) => sum + count, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-label={t('official.events')}>
        <h2>{t('official.events')}</h2>
        <ul className="official__events">
          {(events ?? []).map((event) => (
            <li key={event.id}>
              <TimelineEventRow event={event} tagById={tagById} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-label={t('official.merge')}>
        <h2>{t('official.merge')}</h2>
        <div className="official__merge">
          <label>
            {t('official.mergeFind')}
            <input type="search" value={mergeQuery} onChange={(change) => setMergeQuery(change.target.value)} />
          </label>
          <label>
            {t('official.mergeWho')}
            <select value={mergeId} onChange={(change) => setMergeId(change.target.value)}>
              <option value="" />
              {(people ?? [])
                .filter((candidate) => candidate.id !== person.id && (candidate.id === mergeId || matchesPerson(candidate, mergeQuery)))
                .map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                    {candidate.titles[0] ? ` (${candidate.titles[candidate.titles.length - 1]!.title})` : ''}
                  </option>
                ))}
            </select>
          </label>
          <button type="button" disabled={!mergeId} onClick={() => void merge()}>
            {t('official.mergeButton')}
          </button>
        </div>
        <p role="status">
          {message}
          {lastMerge && (
            <button type="button" className="official__undo" onClick={() => void undoMerge()}>
              {t('official.undoMerge')}
            </button>
          )}
        </p>
      </section>
    </div>
  );
}
