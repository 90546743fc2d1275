// Settings: UI language, theme and reading font size. Each change is saved at once and survives
// a reload and a restart.
import { useTranslation } from 'react-i18next';
import { READING_FONT_SIZES, type ThemeChoice } from '../../../data/repositories/settings';
import { uiLanguages, type UiLanguage } from '../../../i18n/resources';
import { useServices } from '../../app/services';
import { useSetting } from '../../hooks/useSetting';
import { RestoreBackup } from '../export/RestoreBackup';
import { HighlightSettings } from '../highlights/HighlightSettings';
import { TeamSettings } from '../team/TeamSettings';

const languageNames: Record<UiLanguage, string> = { 'zh-CN': '简体中文', en: 'English' };
const themeChoices: { value: ThemeChoice; labelKey: 'settings.themeSystem' | 'settings.themeLight' | 'settings.themeDark' }[] = [
  { value: 'system', labelKey: 'settings.themeSystem' },
  { value: 'light', labelKey: 'settings.themeLight' },
  { value: 'dark', labelKey: 'settings.themeDark' },
];

export function SettingsView() {
  const { t, i18n } = useTranslation();
  const { platform } = useServices();
  const [, setLanguage] = useSetting('language');
  const [theme, setTheme] = useSetting('theme');
  const [fontSize, setFontSize] = useSetting('readingFontSize');
  const current = (uiLanguages as readonly string[]).includes(i18n.language) ? (i18n.language as UiLanguage) : 'en';

  const chooseLanguage = async (language: UiLanguage) => {
    await setLanguage(language);
    await i18n.changeLanguage(language);
    platform.setLanguage(language);
  };

  return (
    <section className="settings" aria-labelledby="settings-heading">
      <header className="view-header">
        <h1 id="settings-heading">{t('settings.title')}</h1>
      </header>
      <div className="settings__form">
        <div className="settings__field">
          <label htmlFor="settings-language">{t('settings.language')}</label>
          <select id="settings-language" value={current} onChange={(event) => void chooseLanguage(event.target.value as UiLanguage)}>
            {uiLanguages.map((language) => (
              <option key={language} value={language} lang={language}>
                {languageNames[language]}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t('settings.theme')}</legend>
          {themeChoices.map((choice) => (
            <label key={choice.value} className="settings__radio">
              <input
                type="radio"
                name="theme"
                value={choice.value}
                checked={theme === choice.value}
                onChange={() => void setTheme(choice.value)}
              />
              {t(choice.labelKey)}
            </label>
          ))}
        </fieldset>
        <div className="settings__field">
          <label htmlFor="settings-font-size">{t('settings.fontSize')}</label>
          <input
            id="settings-font-size"
            type="range"
            min={READING_FONT_SIZES.min}
            max={READING_FONT_SIZES.max}
            step={READING_FONT_SIZES.step}
            value={fontSize}
            aria-valuetext={t('settings.fontSizeValue', { size: fontSize })}
            onChange={(event) => void setFontSize(Number(event.target.value))}
          />
          <output htmlFor="settings-font-size">{t('settings.fontSizeValue', { size: fontSize })}</output>
        </div>
        <p className="settings__sample" style={{ fontSize: fontSize }} lang="zh-CN">
          9月12日,市委常委、江阴市委书记许峰主持召开江阴社会主义现代化建设工作推进会。
        </p>
        <HighlightSettings />
        <RestoreBackup />
        <TeamSettings />
      </div>
    </section>
  );
}
