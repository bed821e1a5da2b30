// Public face of the reports (issue 14): the projection, its runner, the HTTP plugin.
export { dayLengthMs, dayStart, isLocalDay, isTimeZone, localDay, splitByDay, type LocalDay } from './local-day.js';
export { foldReports, REPORT_EVENT_TYPES, type FridgeReportState, type ReportWrites } from './projection.js';
export { DEFAULT_ZONE, ReportProjector, type ReportProjectorOptions } from './projector.js';
export { reportsPlugin, type ReportsPluginOptions } from './plugin.js';
