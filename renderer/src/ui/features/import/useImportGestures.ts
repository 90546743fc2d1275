// The import gestures beyond the Import button: dropping files or folders anywhere on the window,
// and pasting files (copied in a file manager) while no text field has the focus.
import { useEffect, useState } from 'react';
import { collectDroppedFiles, dragHasFiles, type DroppedFile } from './dropped-files';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}

/** Returns whether files are being dragged over the window (to show the drop hint). */
export function useImportGestures(onFiles: (files: DroppedFile[]) => void): boolean {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child element; a counter tells when the drag left the window.
    let depth = 0;
    const onDragEnter = (event: DragEvent) => {
      if (!dragHasFiles(event.dataTransfer)) return;
      depth++;
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!dragHasFiles(event.dataTransfer)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (!dragHasFiles(event.dataTransfer)) return;
      // Without this the browser would open the dropped file itself, leaving the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!event.dataTransfer || !dragHasFiles(event.dataTransfer)) return;
      event.preventDefault();
      void collectDroppedFiles(event.dataTransfer).then((files) => {
        if (files.length > 0) onFiles(files);
      });
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isEditable(event.target) || !event.clipboardData || event.clipboardData.files.length === 0) return;
      event.preventDefault();
      onFiles([...event.clipboardData.files].map((file) => ({ name: file.name, file })));
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, [onFiles]);

  return dragging;
}
