// Shows one issue as a reading page: title, meta line, section outline, paragraphs, quiet image
// placeholders and the credits at the foot. It takes data and never saves by itself.
import { useTranslation } from 'react-i18next';
import type { Block } from '../../../domain/digest/types';
import type { IssueRecord, IssueTextRecord } from '../../../data/records';
import { formatDateTime, formatPeriod } from '../../format';
import { blockGutters, readerPanels } from './extensions';
import { SectionOutline, sectionAnchorId } from './SectionOutline';

interface Props {
  issue: IssueRecord;
  text: IssueTextRecord;
}

export function Reader({ issue, text }: Props) {
  const { t, i18n } = useTranslation();
  const published = formatDateTime(issue.published, i18n.language);
  const period = formatPeriod(issue.periodStart, issue.periodEnd, i18n.language);
  const bodyBlocks = text.blocks.map((block, index) => ({ block, index })).filter(({ block }) => block.kind !== 'credit');
  const credits = text.blocks.filter((block) => block.kind === 'credit');
  let headingCount = 0;

  return (
    <div className="reader-layout">
      <SectionOutline sections={text.sections} />
      <article className="reader" lang="zh-CN">
        <header className="reader__header">
          <h1>{issue.title}</h1>
          <p className="reader__meta" lang={i18n.language}>
            {issue.series && issue.series !== issue.title && <span>{issue.series}</span>}
            {period && <span>{period}</span>}
            {published && <span>{t('reader.published', { date: published })}</span>}
            {issue.source && <span>{t('reader.source', { source: issue.source })}</span>}
          </p>
        </header>
        {bodyBlocks.map(({ block, index }) => {
          const anchorId = block.kind === 'heading' ? sectionAnchorId(headingCount++) : undefined;
          return (
            <div className="reader__block" key={index}>
              {blockGutters.length > 0 && (
                <div className="reader__gutter">
                  {blockGutters.map(({ id, Component }) => (
                    <Component key={id} issueId={issue.id} block={block} blockIndex={index} />
                  ))}
                </div>
              )}
              <BlockView block={block} index={index} anchorId={anchorId} />
            </div>
          );
        })}
        {credits.length > 0 && (
          <footer className="reader__credits" aria-label={t('reader.credits')}>
            {credits.map((block, index) => (
              <p key={index}>{block.text}</p>
            ))}
          </footer>
        )}
      </article>
      {readerPanels.length > 0 && (
        <div className="reader-panels">
          {readerPanels.map(({ id, Component }) => (
            <Component key={id} issue={issue} text={text} />
          ))}
        </div>
      )}
    </div>
  );
}

function BlockView({ block, index, anchorId }: { block: Block; index: number; anchorId: string | undefined }) {
  const { t, i18n } = useTranslation();
  switch (block.kind) {
    case 'heading':
      return (
        <h2 id={anchorId} tabIndex={-1} data-block={index}>
          {block.text}
        </h2>
      );
    case 'subheading':
      return (
        <p className="reader__subheading" data-block={index}>
          {block.text}
        </p>
      );
    case 'image':
      return (
        <figure className="reader__image" data-block={index} aria-label={t('reader.imagePlaceholder')} lang={i18n.language}>
          <span aria-hidden="true">▧</span> {t('reader.imagePlaceholder')}
        </figure>
      );
    default:
      return (
        <p className={block.kind === 'intro' ? 'reader__intro' : undefined} data-block={index}>
          {block.text}
        </p>
      );
  }
}
