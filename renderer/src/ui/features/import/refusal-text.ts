// The words for each reason a file was refused, in the UI language.
import type { TFunction } from 'i18next';
import type { RefusalReason } from './import-outcome';

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

export function refusalText(t: TFunction, reason: RefusalReason): string {
  switch (reason.code) {
    case 'tooLarge':
      return t('import.reason.tooLarge', { size: formatBytes(reason.size), cap: formatBytes(reason.cap) });
    case 'unreadable':
      return t('import.reason.unreadable', { detail: reason.detail });
    case 'storeFailed':
      return t('import.reason.storeFailed', { detail: reason.detail });
    default:
      return t(`import.reason.${reason.code}`);
  }
}
