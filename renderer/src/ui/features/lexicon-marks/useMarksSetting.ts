// Whether the reader marks the lexicon's phrases: a setting (remembered across issues and
// restarts; on until turned off), turned by the reader's toggle button and the M key, each turn
// announced to screen readers through the reader's status line.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetting } from '../../hooks/useSetting';
import { highlightStore } from '../highlights/highlight-store';

export function useMarksSetting(): [boolean, () => void] {
  const { t } = useTranslation('marks');
  const [on, change] = useSetting('markLexicon');
  const toggle = useCallback(() => {
    void change(!on);
    highlightStore.announce(on ? t('turnedOff') : t('turnedOn'));
  }, [on, change, t]);
  return [on, toggle];
}
