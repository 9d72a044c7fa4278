/**
 * ECharts, SVG renderer, with only the chart types and components the page draws (bar,
 * line, pie; grid, tooltip, legend, mark lines, aria). Loaded as its own chunk after the
 * page's first figures and tables are on screen: charts are the larger part of the page's
 * JavaScript, and nothing a reader needs first waits for them.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  AriaComponent,
  SVGRenderer,
]);

/** ECharts' `init`, with the page's components registered. */
export { init };
