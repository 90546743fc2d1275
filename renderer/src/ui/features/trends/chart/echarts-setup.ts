// The chart library, loaded on demand (TrendChart imports this module with import(), so the first
// paint of the app does not pay for it). Apache ECharts was chosen over Observable Plot because
// it is an actively kept Apache project whose core is tree-shakable (only the line chart, the
// components below and the SVG renderer are bundled), draws lines with points that take clicks
// and keyboard-free tooltips out of the box, and renders offline: no remote fonts, maps or tiles.
// The SVG renderer rather than canvas: crisp at any zoom, readable by the export (a brief embeds
// the SVG), and it needs no eval — nothing the app's strict CSP (main/security/csp.ts) would block.
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerEchartsParts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

registerEchartsParts([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { init };
export type { EChartsType } from 'echarts/core';
