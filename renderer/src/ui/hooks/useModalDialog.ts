// Keeps a native <dialog> shown as a modal exactly while `open` is true: showModal() gives the
// focus trap, the backdrop and Escape for free. Returns the ref to put on the <dialog>.
import { useEffect, useRef, type RefObject } from 'react';

export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return dialog;
}
