// One event on the timeline: date, officials (each a link to their page), place, type, summary,
// tags and a link to the paragraph in its issue.
import { useTranslation } from 'react-i18next';
import type { EventRecord, TagRecord } from '../../../data/records';
import { hrefFor } from '../../app/route';
import { dateLabels, formatEventDate } from '../events/format-event';

export function TimelineEventRow({ event, tagById }: { event: EventRecord; tagById: ReadonlyMap<string, TagRecord> }) {
  const { t, i18n } = useTranslation('events');
  return (
    <article className={`timeline-event timeline-event--${event.status}`} aria-label={event.summary}>
      <div className="timeline-event__meta">
        <span className="timeline-event__date">{formatEventDate(event.date, event.timeOfDay, i18n.language, dateLabels(t))}</span>
        <span className="timeline-event__type">{t(`types.${event.type}`)}</span>
        {event.place && (
          <span className="timeline-event__place" lang="zh-CN">
            {event.place}
          </span>
        )}
        <span className="timeline-event__officials" lang="zh-CN">
          {event.officials.map((official) => (
            <a key={official.personId} href={hrefFor({ view: 'official', personId: official.personId })} title={official.titles.join('、')}>
              {official.name}
            </a>
          ))}
        </span>
        {event.tagIds.map((id) => {
          const tag = tagById.get(id);
          return tag ? (
            <span key={id} className="timeline-event__tag" style={{ borderColor: tag.color }}>
              {tag.name}
            </span>
          ) : null;
        })}
        <span className="timeline-event__status">{t(`status.${event.status}`)}</span>
        <a href={hrefFor({ view: 'issue', issueId: event.issueId })} className="timeline-event__open">
          {t('timeline.openIssue')}
        </a>
      </div>
      <p className="timeline-event__summary" lang="zh-CN">
        {event.summary}
      </p>
    </article>
  );
}
