// Everything of the import that is not a toolbar button: the status banner, the "Import report"
// dialog, the drop hint shown while files are dragged over the window, and the drop and paste
// gestures themselves. App.tsx renders it once with the importer from useImport.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import type { DroppedFile } from './dropped-files';
import { ImportReport } from './ImportReport';
import { ImportStatus } from './ImportStatus';
import { sourceFromBlob } from './run-import';
import type { Importer } from './useImport';
import { useImportGestures } from './useImportGestures';
import './import.css';

export function ImportLayer({ importer }: { importer: Importer }) {
  const { t } = useTranslation('import');
  const { state, importSources, resolve, cancel, dismiss } = importer;
  const [reportOpen, setReportOpen] = useState(false);

  const onFiles = useCallback(
    (files: DroppedFile[]) => void importSources(files.map(({ name, file }) => sourceFromBlob(name, file))),
    [importSources],
  );
  const dragging = useImportGestures(onFiles);

  // Desktop: File → Import folder… (a menu command) and files opened with the app.
  const { platform } = useServices();
  const { importFolder, importChosen } = importer;
  useEffect(() => {
    const stopMenu = platform.onMenuCommand((command) => {
      if (command === 'import-folder') void importFolder();
    });
    const stopOpened = platform.onFilesOpened?.((chosen) => void importChosen(chosen));
    return () => {
      stopMenu();
      stopOpened?.();
    };
  }, [platform, importFolder, importChosen]);

  return (
    <>
      <ImportStatus
        state={state}
        onCancel={cancel}
        onDismiss={() => {
          setReportOpen(false);
          dismiss();
        }}
        onOpenReport={() => setReportOpen(true)}
      />
      {state.outcomes && (
        <ImportReport
          open={reportOpen}
          outcomes={state.outcomes}
          notDone={state.notDone}
          onClose={() => setReportOpen(false)}
          onResolve={(indexes, choice) => void resolve(indexes, choice)}
        />
      )}
      {dragging && (
        <div className="import-drop" aria-hidden="true">
          <p>{t('drop.hint')}</p>
        </div>
      )}
    </>
  );
}
