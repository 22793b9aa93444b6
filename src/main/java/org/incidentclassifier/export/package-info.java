/**
 * Ways a verdict leaves the tool besides JSON: event-data tables shaped like the Global Terrorism Database's
 * and ACLED's ({@link GtdExport}, {@link AcledExport}, written with Jackson CSV), and a briefing in prose
 * ({@link BriefingReport}). Each reads only the verdict, so every value in them can be traced to a verdict
 * field; docs/exports.md gives each column's mapping.
 */
package org.incidentclassifier.export;
