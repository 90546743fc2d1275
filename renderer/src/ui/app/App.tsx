// The app shell: navigation, the import actions, the current view, and the keyboard commands.
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { commandForKey, commandNamed, type CommandContext } from '../commands/registry';
import { ExportDialog } from '../features/export/ExportDialog';
import { useExportRequest } from '../features/export/export-request';
import { ImportLayer } from '../features/import/ImportLayer';
import { PasteDialog } from '../features/import/PasteDialog';
import { useImport } from '../features/import/useImport';
import { importedIssueIds } from '../features/import/import-outcome';
import { LibraryView } from '../features/library/LibraryView';
import { ReaderView } from '../features/reader/ReaderView';
import { SearchBox } from '../features/search/SearchBox';
import { SearchView } from '../features/search/SearchView';
import { SettingsView } from '../features/settings/SettingsView';
import { OfficialView } from '../features/timeline/OfficialView';
import { TimelineNavLink } from '../features/timeline/TimelineNavLink';
import { TimelineView } from '../features/timeline/TimelineView';
import { NotesView } from '../features/notes/NotesView';
import { TrashActionsProvider } from '../features/trash/TrashActions';
import { TrashView } from '../features/trash/TrashView';
import { useCategories } from '../features/highlights/useCategories';
import { useSettings } from '../hooks/useSettings';
import { hrefFor, navigate, useRoute, type Route } from './route';
import { useServices } from './services';
import { TeamSyncProvider } from '../features/team/TeamSyncProvider';

// Views with heavy libraries of their own (ECharts in the Trends view and the print view's chart)
// load when first shown, so the library's first paint does not wait for them.
const PrintView = lazy(() => import('../features/export/PrintView').then((module) => ({ default: module.PrintView })));
const TrendsView = lazy(() => import('../features/trends/TrendsView').then((module) => ({ default: module.TrendsView })));

export function App() {
  const { t } = useTranslation();
  const { t: tExport } = useTranslation('export');
  const { t: tHighlights } = useTranslation('highlights');
  const { t: tKeeping } = useTranslation('keeping');
  const { t: tTrends } = useTranslation('trends');
  const { platform } = useServices();
  const route = useRoute();
  const settings = useSettings();
  const importer = useImport();
  const { state: importState, importChosenFiles, importPastedText } = importer;
  const [pasteOpen, setPasteOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const exportRequest = useExportRequest();
  // Another view asked for an export with its own scope: open the dialog with it.
  const [answeredRequest, setAnsweredRequest] = useState(0);
  if (exportRequest.version !== answeredRequest) {
    setAnsweredRequest(exportRequest.version);
    setExportOpen(true);
  }
  const openIssue = useOpenIssue(route);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = settings.theme;
    root.style.setProperty('--reading-font-size', `${settings.readingFontSize}px`);
  }, [settings.theme, settings.readingFontSize]);

  // The native Highlight menu names the categories as the analyst does, in the UI language.
  const categories = useCategories();
  useEffect(() => {
    platform.setHighlightCategories?.(categories.map((category) => category.name));
  }, [platform, categories]);

  const commandContext: CommandContext = {
    openImport: () => void importChosenFiles(),
    openPaste: () => setPasteOpen(true),
    openExport: () => setExportOpen(true),
    goLibrary: () => navigate({ view: 'library' }),
    goSettings: () => navigate({ view: 'settings' }),
    dialogOpen: pasteOpen || exportOpen,
  };
  const latestContext = useLatest(commandContext);

  // A layout effect, not a passive one: the shortcuts must work from the first painted frame.
  // A passive effect runs a task after paint, and a key pressed in between was lost.
  useLayoutEffect(() => {
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

  // The print view is a page of its own: no app chrome, nothing but the brief.
  if (route.view === 'print')
    return (
      <Suspense fallback={null}>
        <PrintView encodedSpec={route.spec} />
      </Suspense>
    );

  return (
    <TeamSyncProvider>
      <TrashActionsProvider>
        <div className="app">
          <header className="app__bar">
            <span className="app__name">{t('appName')}</span>
            <nav aria-label={t('nav.label')} className="app__nav">
              <NavLink route={{ view: 'library' }} current={route.view === 'library' || route.view === 'issue'}>
                {t('nav.library')}
              </NavLink>
              <TimelineNavLink current={route.view === 'timeline' || route.view === 'official'} />
              <NavLink route={{ view: 'notes' }} current={route.view === 'notes'}>
                {tHighlights('notes.nav')}
              </NavLink>
              <NavLink route={{ view: 'trends' }} current={route.view === 'trends'}>
                {tTrends('nav')}
              </NavLink>
              <NavLink route={{ view: 'trash' }} current={route.view === 'trash'}>
                {tKeeping('trash.nav')}
              </NavLink>
              <NavLink route={{ view: 'settings' }} current={route.view === 'settings'}>
                {t('nav.settings')}
              </NavLink>
            </nav>
            <SearchBox />
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
              <button type="button" onClick={() => setExportOpen(true)} aria-keyshortcuts="Control+E">
                {tExport('button')}
              </button>
            </div>
          </header>
          <ImportLayer importer={importer} />
          <main className="app__main">
            <CurrentView route={route} />
          </main>
          <ExportDialog
            key={exportRequest.version}
            open={exportOpen}
            onClose={() => setExportOpen(false)}
            openIssue={openIssue}
            preset={exportRequest.preset}
          />
          <PasteDialog open={pasteOpen} onClose={() => setPasteOpen(false)} onImport={(text) => void onPasteImport(text)} />
        </div>
      </TrashActionsProvider>
    </TeamSyncProvider>
  );
}

function CurrentView({ route }: { route: Route }) {
  switch (route.view) {
    case 'issue':
      return <ReaderView key={route.issueId} issueId={route.issueId} />;
    case 'settings':
      return <SettingsView />;
    case 'notes':
      return <NotesView />;
    case 'search':
      return <SearchView query={route.query} />;
    case 'timeline':
      return <TimelineView />;
    case 'trash':
      return <TrashView />;
    case 'trends':
      return (
        <Suspense fallback={null}>
          <TrendsView />
        </Suspense>
      );
    case 'official':
      return <OfficialView key={route.personId} personId={route.personId} />;
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

/** The issue open in the reader, for the export dialog's default scope. */
function useOpenIssue(route: Route): { id: string; title: string } | null {
  const { db } = useServices();
  const issueId = route.view === 'issue' ? route.issueId : null;
  const issue = useLiveQuery(() => (issueId ? db.issues.get(issueId) : undefined), [db, issueId]);
  return issue ? { id: issue.id, title: issue.title } : null;
}

/** A stable getter for a value that changes every render, for listeners registered once. */
function useLatest<T>(value: T): () => T {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return useCallback(() => ref.current, []);
}
