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
  /** 'side' (default): beside the article; 'below': the full width under it, for wide tables. */
  placement?: 'side' | 'below';
}

export interface BlockGutter {
  id: string;
  Component: ComponentType<BlockGutterProps>;
}

export const readerPanels: ReaderPanel[] = [
  { id: 'annotations', Component: AnnotationsPanel },
  // The events table has nine columns: it needs the page's width, not a side column.
  { id: 'events', Component: EventsPanel, placement: 'below' },
];
export const blockGutters: BlockGutter[] = [{ id: 'event-marker', Component: EventMarker }];
