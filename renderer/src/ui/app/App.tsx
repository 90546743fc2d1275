// The app shell: navigation, the import actions, the current view, and the keyboard commands.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commandForKey, commandNamed, type CommandContext } from '../commands/registry';
import { ImportStatus } from '../features/import/ImportStatus';
import { PasteDialog } from '../features/import/PasteDialog';
import { useImport } from '../features/import/useImport';
import { importedIssueIds } from '../features/import/import-outcome';
import { LibraryView } from '../features/library/LibraryView';
import { ReaderView } from '../features/reader/ReaderView';
import { SettingsView } from '../features/settings/SettingsView';
import { useSettings } from '../hooks/useSettings';
import { hrefFor, navigate, useRoute, type Route } from './route';
import { useServices } from './services';

export function App() {
  const { t } = useTranslation();
  const { platform } = useServices();
  const route = useRoute();
  const settings = useSettings();
  const { state: importState, importChosenFiles, importPastedText, cancel, dismiss } = useImport();
  const [pasteOpen, setPasteOpen] = useState(false);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = settings.theme;
    root.style.setProperty('--reading-font-size', `${settings.readingFontSize}px`);
  }, [settings.theme, settings.readingFontSize]);

  const commandContext: CommandContext = {
    openImport: () => void importChosenFiles(),
    openPaste: () => setPasteOpen(true),
    goLibrary: () => navigate({ view: 'library' }),
    goSettings: () => navigate({ view: 'settings' }),
    dialogOpen: pasteOpen,
  };
  const latestContext = useLatest(commandContext);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event, latestContext());
      if (!command) return;
      event.preventDefault();
      command.run(latestContext());
    };
    window.addEventListener('keydown', onKeyDown);
    const stopMenu = platform.onMenuCommand((name) => {
      const command = commandNamed(name);
      if (command?.enabled(latestContext())) command.run(latestContext());
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu();
    };
  }, [platform, latestContext]);

  const onPasteImport = async (text: string) => {
    setPasteOpen(false);
    const outcomes = await importPastedText(t('import.pastedName'), text);
    const [firstId] = importedIssueIds(outcomes);
    if (firstId) navigate({ view: 'issue', issueId: firstId });
  };

  return (
    <div className="app">
      <header className="app__bar">
        <span className="app__name">{t('appName')}</span>
        <nav aria-label={t('nav.label')} className="app__nav">
          <NavLink route={{ view: 'library' }} current={route.view === 'library' || route.view === 'issue'}>
            {t('nav.library')}
          </NavLink>
          <NavLink route={{ view: 'settings' }} current={route.view === 'settings'}>
            {t('nav.settings')}
          </NavLink>
        </nav>
        <div className="app__actions">
          <button
            type="button"
            onClick={() => void importChosenFiles()}
            aria-keyshortcuts="Control+O"
            disabled={importState.progress !== null}
          >
            {t('import.button')}
          </button>
          <button type="button" onClick={() => setPasteOpen(true)} aria-keyshortcuts="Control+Shift+V">
            {t('import.paste')}
          </button>
        </div>
      </header>
      <ImportStatus state={importState} onCancel={cancel} onDismiss={dismiss} />
      <main className="app__main">
        <CurrentView route={route} />
      </main>
      <PasteDialog open={pasteOpen} onClose={() => setPasteOpen(false)} onImport={(text) => void onPasteImport(text)} />
    </div>
  );
}

function CurrentView({ route }: { route: Route }) {
  switch (route.view) {
    case 'issue':
      return <ReaderView key={route.issueId} issueId={route.issueId} />;
    case 'settings':
      return <SettingsView />;
    default:
      return <LibraryView />;
  }
}

function NavLink({ route, current, children }: { route: Route; current: boolean; children: string }) {
  return (
    <a href={hrefFor(route)} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}

/** A stable getter for a value that changes every render, for listeners registered once. */
function useLatest<T>(value: T): () => T {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return useCallback(() => ref.current, []);
}
