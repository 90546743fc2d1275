// What other features add to the reader, registered here rather than written into the Reader:
// side panels beside the article (annotations, events, …) and gutter marks beside a block
// (an event marker, …). Each feature appends its entry; the reader renders them in order.
import type { ComponentType } from 'react';
import type { Block } from '../../../domain/digest/types';
import type { IssueRecord, IssueTextRecord } from '../../../data/records';
import { AnnotationsPanel } from '../highlights/AnnotationsPanel';
import { EventMarker } from '../events/EventMarker';
import { EventsPanel } from '../events/EventsPanel';

export interface ReaderPanelProps {
  issue: IssueRecord;
  text: IssueTextRecord;
}

export interface BlockGutterProps {
  issueId: string;
  block: Block;
  blockIndex: number;
}

export interface ReaderPanel {
  id: string;
  Component: ComponentType<ReaderPanelProps>;
  /**
   * 'side' (default): beside the article; 'below': the full width under it, for wide tables,
   * docked at the foot of the window while the article scrolls, so it is in view at once.
   */
  placement?: 'side' | 'below';
}

export interface BlockGutter {
  id: string;
  Component: ComponentType<BlockGutterProps>;
}

export const readerPanels: ReaderPanel[] = [
  { id: 'annotations', Component: AnnotationsPanel },
  // The events table has ten columns: it needs the page's width, not a side column; docked
  // at the window's foot it stays beside the text being read (issue 12: not below the article).
  { id: 'events', Component: EventsPanel, placement: 'below' },
];
export const blockGutters: BlockGutter[] = [{ id: 'event-marker', Component: EventMarker }];
