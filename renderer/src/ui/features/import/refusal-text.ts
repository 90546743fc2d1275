// The words for each reason a file was refused, in the UI language.
import type { TFunction } from 'i18next';
import type { RefusalReason } from './import-outcome';

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

export function refusalText(t: TFunction<'import'>, reason: RefusalReason): string {
  switch (reason.code) {
    case 'tooLarge':
      return t('reason.tooLarge', { size: formatBytes(reason.size), cap: formatBytes(reason.cap) });
    case 'unpacksTooLarge':
      return t('reason.unpacksTooLarge', {
        size: Number.isFinite(reason.size) ? formatBytes(reason.size) : '> 4 GB',
        packed: formatBytes(reason.packed),
        cap: formatBytes(reason.cap),
        ratio: reason.ratio,
      });
    case 'tookTooLong':
      return t('reason.tookTooLong', { seconds: reason.seconds });
    case 'nestedTooDeep':
      return t('reason.nestedTooDeep', { limit: reason.limit });
    case 'unreadable':
    case 'storeFailed':
    case 'damagedDocx':
      return t(`reason.${reason.code}`, { detail: reason.detail });
    default:
      return t(`reason.${reason.code}`);
  }
}
