// Text from outside (file names, titles read from imported files) shown by main and the renderer.
// Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) reorder
// what follows them on screen: "invoice\u202Etxt.exe" displays as "invoiceexe.txt". Shown without
// them, a name reads in the order its characters really have. Marks (LRM, RLM) reorder nothing
// and stay.
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

/** The text without the bidi controls that would reorder it on screen. */
export function withoutBidiControls(text: string): string {
  return text.replace(bidiControls, '');
}
