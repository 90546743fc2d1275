// Shows one issue as a reading page: title, meta line, section outline, paragraphs with their
// highlights painted, quiet image placeholders and the credits at the foot. Saving belongs to
// the highlighting controller (features/highlights), not to the page itself.
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { withoutBidiControls } from '../../../../../preload/display-text';
import type { Block } from '../../../domain/digest/types';
import type { IssueRecord, IssueTextRecord, LexiconEntryRecord } from '../../../data/records';
import type { HighlightRecord } from '../../../data/repositories/highlights';
import { formatDateTime, formatPeriod } from '../../format';
import { highlightStore } from '../highlights/highlight-store';
import { HighlightToolbar } from '../highlights/HighlightToolbar';
import { activateMark, PaintedText, type BlockMark, type Paint } from '../highlights/PaintedText';
import { useHighlighting } from '../highlights/useHighlighting';
import '../highlights/highlights.css';
import { LexiconMarkControls } from '../lexicon-marks/LexiconMarkControls';
import { MarksToggle } from '../lexicon-marks/MarksToggle';
import { useLexiconMarks } from '../lexicon-marks/useLexiconMarks';
import { useMarksSetting } from '../lexicon-marks/useMarksSetting';
import '../lexicon-marks/lexicon-marks.css';
import { blockGutters, readerPanels } from './extensions';
import { SectionOutline, sectionAnchorId } from './SectionOutline';

const sidePanels = readerPanels.filter((panel) => panel.placement !== 'below');
const belowPanels = readerPanels.filter((panel) => panel.placement === 'below');

/** A mark was clicked or focused. Focusing a piece shared with the current highlight keeps that one current. */
function onActivate(ids: readonly string[], inner: string): void {
  const current = highlightStore.currentId();
  highlightStore.setCurrent(current && ids.includes(current) ? current : inner);
}

interface Props {
  issue: IssueRecord;
  text: IssueTextRecord;
  /** The issue's highlights in reading order (live). */
  highlights: readonly HighlightRecord[];
  /** The lexicon (live): its phrases are marked in the text while marks are on. */
  lexicon: readonly LexiconEntryRecord[];
}

export function Reader({ issue, text, highlights, lexicon }: Props) {
  const { t, i18n } = useTranslation();
  const articleRef = useRef<HTMLElement>(null);
  const highlighting = useHighlighting(issue, text, highlights, articleRef);
  const [marksOn, toggleMarks] = useMarksSetting();
  const title = withoutBidiControls(issue.title);
  const marks = useLexiconMarks(text, title, lexicon, marksOn);
  const published = formatDateTime(issue.published, i18n.language);
  const period = formatPeriod(issue.periodStart, issue.periodEnd, i18n.language);
  const bodyBlocks = text.blocks.map((block, index) => ({ block, index })).filter(({ block }) => block.kind !== 'credit');
  const credits = text.blocks.filter((block) => block.kind === 'credit');
  const currentId = highlighting.current?.id ?? null;
  let headingCount = 0;

  // The sticky outline and side panels live in their own grid, so they stop where the issue ends
  // instead of floating over the wide panels below it.
  return (
    <div className="reader-page">
      <div className="reader-layout">
        <SectionOutline sections={text.sections} />
        <article
          className="reader"
          lang="zh-CN"
          ref={articleRef}
          onClick={(event) => activateMark(event.target, onActivate)}
          onFocus={(event) => activateMark(event.target, onActivate)}
        >
          <header className="reader__header">
            <div className="reader__view-options">
              <MarksToggle on={marksOn} onToggle={toggleMarks} />
            </div>
            <h1>
              <PaintedText
                text={title}
                offset={0}
                paints={noPaints}
                currentId={null}
                marks={marks.title}
                markTabStop={marks.tabStop?.block === 'title' ? marks.tabStop.from : null}
                highlightable={false}
              />
            </h1>
            <p className="reader__meta" lang={i18n.language}>
              {issue.series && issue.series !== issue.title && <span>{issue.series}</span>}
              {period && <span>{period}</span>}
              {published && <span>{t('reader.published', { date: published })}</span>}
              {issue.source && <span>{t('reader.source', { source: issue.source })}</span>}
            </p>
          </header>
          {bodyBlocks.map(({ block, index }) => {
            const anchorId = block.kind === 'heading' ? sectionAnchorId(headingCount++) : undefined;
            const paints = highlighting.paints[index]!;
            return (
              <div className="reader__block" key={index}>
                {blockGutters.length > 0 && (
                  <div className="reader__gutter">
                    {blockGutters.map(({ id, Component }) => (
                      <Component key={id} issueId={issue.id} block={block} blockIndex={index} />
                    ))}
                  </div>
                )}
                <BlockView
                  block={block}
                  index={index}
                  anchorId={anchorId}
                  offset={highlighting.starts[index]!}
                  paints={paints}
                  currentId={paints.some((paint) => paint.id === currentId) ? currentId : null}
                  marks={marks.blocks[index]!}
                  markTabStop={marks.tabStop?.block === index ? marks.tabStop.from : null}
                />
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
        <HighlightToolbar h={highlighting} />
        <LexiconMarkControls
          articleRef={articleRef}
          issueId={issue.id}
          entries={marks.entries}
          highlighting={highlighting}
          toggle={toggleMarks}
        />
        <p className="visually-hidden" role="status">
          {highlighting.message}
        </p>
        {sidePanels.length > 0 && (
          <div className="reader-panels">
            {sidePanels.map(({ id, Component }) => (
              <Component key={id} issue={issue} text={text} />
            ))}
          </div>
        )}
      </div>
      {belowPanels.map(({ id, Component }) => (
        <div key={id} className="reader-below">
          <Component issue={issue} text={text} />
        </div>
      ))}
    </div>
  );
}

interface BlockProps {
  block: Block;
  index: number;
  anchorId: string | undefined;
  offset: number;
  paints: readonly Paint[];
  currentId: string | null;
  marks: readonly BlockMark[];
  markTabStop: number | null;
}

const noPaints: readonly Paint[] = [];

/** One block; `data-text` marks the blocks whose text can be highlighted. */
const BlockView = memo(function BlockView({ block, index, anchorId, offset, paints, currentId, marks, markTabStop }: BlockProps) {
  const painted = (
    <PaintedText text={block.text} offset={offset} paints={paints} currentId={currentId} marks={marks} markTabStop={markTabStop} />
  );
  switch (block.kind) {
    case 'heading':
      return (
        <h2 id={anchorId} tabIndex={-1} data-block={index} data-text="true">
          {painted}
        </h2>
      );
    case 'subheading':
      return (
        <p className="reader__subheading" data-block={index} data-text="true">
          {painted}
        </p>
      );
    case 'image':
      return <ImagePlaceholder index={index} />;
    default:
      return (
        <p className={block.kind === 'intro' ? 'reader__intro' : undefined} data-block={index} data-text="true">
          {painted}
        </p>
      );
  }
});

/** Where the digest had a picture. Only these blocks need the UI language (text blocks are many). */
function ImagePlaceholder({ index }: { index: number }) {
  const { t, i18n } = useTranslation();
  return (
    <figure className="reader__image" data-block={index} aria-label={t('reader.imagePlaceholder')} lang={i18n.language}>
      <span aria-hidden="true">▧</span> {t('reader.imagePlaceholder')}
    </figure>
  );
}
