// The sections as a side outline; choosing one scrolls to it and moves focus there.
import { useTranslation } from 'react-i18next';
import type { SectionHeading } from '../../../domain/digest/types';

export const sectionAnchorId = (index: number) => `section-${index + 1}`;

export function SectionOutline({ sections }: { sections: readonly SectionHeading[] }) {
  const { t } = useTranslation();
  if (sections.length === 0) return null;
  const goTo = (index: number) => {
    const heading = document.getElementById(sectionAnchorId(index));
    heading?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <nav className="outline" aria-label={t('reader.outline')}>
      <p className="outline__title" aria-hidden="true">
        {t('reader.outline')}
      </p>
      <ol>
        {sections.map(([title, subtitle], index) => (
          <li key={index}>
            <button type="button" onClick={() => goTo(index)}>
              <span>{title}</span>
              {subtitle && <span className="outline__subtitle">{subtitle}</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
