// The "Timeline" link of the main navigation.
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/route';

export function TimelineNavLink({ current }: { current: boolean }) {
  const { t } = useTranslation('events');
  return (
    <a href={hrefFor({ view: 'timeline' })} aria-current={current ? 'page' : undefined}>
      {t('timeline.nav')}
    </a>
  );
}
