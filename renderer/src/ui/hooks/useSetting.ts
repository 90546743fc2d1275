// One setting to show and change. The chosen value shows at once, before the database write
// has committed and the live query has caught up, so controls never flick back under the user.
import { useState } from 'react';
import { writeSetting, type Settings } from '../../data/repositories/settings';
import { useServices } from '../app/services';
import { useSettings } from './useSettings';

export function useSetting<K extends keyof Settings>(key: K): [Settings[K], (value: Settings[K]) => Promise<void>] {
  const { db } = useServices();
  const stored = useSettings()[key];
  const [chosen, setChosen] = useState<{ value: Settings[K] } | null>(null);
  const change = (value: Settings[K]) => {
    setChosen({ value });
    return writeSetting(db, key, value);
  };
  return [chosen ? chosen.value : stored, change];
}
