/**
 * Chart.js for both islands, with the parts they draw registered one by one: `chart.js/auto` would
 * ship every controller and scale, several times what a line, a doughnut and a radar need.
 * Chart.js is one module, so whatever is registered here lands in one chunk either way.
 */
import {
  ArcElement,
  Chart,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from 'chart.js';
import { SITE_LOCALE } from '~/vocab/locale';

Chart.register(
  // Donations over time (CampaignCharts), on a linear scale of day numbers (lib/campaign/timeAxis.ts).
  LineController,
  LinearScale,
  // Allocation of the money (CampaignCharts).
  DoughnutController,
  ArcElement,
  Legend,
  // Pillar scores (SelfAssessment, loaded once a result is shown).
  RadarController,
  RadialLinearScale,
  // Shared.
  LineElement,
  PointElement,
  Filler,
  Tooltip,
);
// Numbers on axes and in tooltips are written the Indonesian way.
Chart.defaults.locale = SITE_LOCALE;

export { Chart };
