// The Events table's header row: a "select all" box, and column headers that sort the table
// when clicked (aria-sort says how it is sorted, for screen readers as well as the arrow).
import { useTranslation } from 'react-i18next';
import type { EventSort, EventSortKey } from './events-sort';

type Column = 'date' | 'officials' | 'place' | 'type' | 'summary' | 'tags' | 'status' | 'actions';
const columns: readonly Column[] = ['date', 'officials', 'place', 'type', 'summary', 'tags', 'status', 'actions'];
const sortable: ReadonlySet<Column> = new Set<EventSortKey>(['date', 'officials', 'place', 'type', 'status']);

interface Props {
  sort: EventSort | null;
  onSort: (key: EventSortKey) => void;
  /** 'all', 'some' or 'none' of the shown events are selected. */
  selected: 'all' | 'some' | 'none';
  onSelectAll: (select: boolean) => void;
}

export function EventsTableHead({ sort, onSort, selected, onSelectAll }: Props) {
  const { t } = useTranslation('events');
  return (
    <thead>
      <tr>
        <th scope="col" className="events-table__select">
          <input
            type="checkbox"
            aria-label={t('bulk.selectAll')}
            checked={selected === 'all'}
            ref={(box) => {
              if (box) box.indeterminate = selected === 'some';
            }}
            onChange={(change) => onSelectAll(change.target.checked)}
          />
        </th>
        {columns.map((column) => {
          const label = t(`columns.${column}`);
          if (!sortable.has(column)) {
            return (
              <th key={column} scope="col">
                {label}
              </th>
            );
          }
          const key = column as EventSortKey;
          const direction = sort?.key === key ? sort.direction : undefined;
          return (
            <th key={column} scope="col" aria-sort={direction ?? 'none'}>
              <button type="button" className="events-table__sort" onClick={() => onSort(key)}>
                {label}
                <span aria-hidden="true" className="events-table__arrow">
                  {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : ''}
                </span>
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
