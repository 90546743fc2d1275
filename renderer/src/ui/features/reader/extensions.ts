// What other features add to the reader, registered here rather than written into the Reader:
// side panels beside the article (annotations, events, …) and gutter marks beside a block
// (an event marker, …). Each feature appends its entry; the reader renders them in order.
import type { ComponentType } from 'react';
import type { Block } from '../../../domain/digest/types';
import type { IssueRecord, IssueTextRecord } from '../../../data/records';

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
}

export interface BlockGutter {
  id: string;
  Component: ComponentType<BlockGutterProps>;
}

export const readerPanels: ReaderPanel[] = [];
export const blockGutters: BlockGutter[] = [];
