// The current settings, live: a change in Settings re-renders whoever reads them.
import { useLiveQuery } from 'dexie-react-hooks';
import { defaultSettings, settingsFromRows, type Settings } from '../../data/repositories/settings';
import { useServices } from '../app/services';

export function useSettings(): Settings {
  const { db } = useServices();
  return useLiveQuery(async () => settingsFromRows(await db.settings.toArray()), [db], defaultSettings);
}
