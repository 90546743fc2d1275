// The shape of a feature's contribution to exported issues: its content per issue id.
import type { ExportLabels } from '../../domain/export/labels';
import type { ExportIssue } from '../../domain/export/model';
import type { ExportSpec } from '../../domain/export/spec';
import type { ReadoutDatabase } from '../schema/db';
import type { IssueRecord } from '../records';

export type IssueContribution = Partial<Pick<ExportIssue, 'highlights' | 'events' | 'note' | 'phrases'>>;

export type ExportContributor = (
  db: ReadoutDatabase,
  issues: readonly IssueRecord[],
  spec: ExportSpec,
  labels: ExportLabels,
) => Promise<Map<string, IssueContribution>>;
