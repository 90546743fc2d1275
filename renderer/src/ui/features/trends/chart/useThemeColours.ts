// The theme's colours as the chart needs them (ECharts draws with values, not CSS variables):
// read from the CSS variables of the element, and read again when the theme changes — the
// Settings override (data-theme on <html>) or the system's light/dark preference.
import { useEffect, useState, type RefObject } from 'react';

export interface ThemeColours {
  text: string;
  muted: string;
  border: string;
  surface: string;
  lines: string[];
}

const LINE_VARIABLES = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5', '--chart-6', '--chart-7', '--chart-8'];

function readColours(element: Element): ThemeColours {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--text', '#1d1d1f'),
    muted: read('--muted', '#5f6368'),
    border: read('--border', '#dcd8cf'),
    surface: read('--surface', '#ffffff'),
    lines: LINE_VARIABLES.map((name) => read(name, '#1a5fb4')),
  };
}

export function useThemeColours(ref: RefObject<Element | null>): ThemeColours | null {
  const [colours, setColours] = useState<ThemeColours | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setColours(readColours(element));
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', update);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', update);
    };
  }, [ref]);
  return colours;
}
