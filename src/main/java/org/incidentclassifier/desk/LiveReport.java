package org.incidentclassifier.desk;

import java.util.List;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.verdict.AnalysedDocument;

/** A report still on the desk, with its analysis alone (its facts, extracted once when it arrived). */
record LiveReport(DeskReport report, AnalysedDocument analysed) {
    String id() {
        return report.id();
    }

    /** The report alone through the pipeline, or null when it yields no analysis (an error record). */
    static AnalysedDocument analyse(Pipeline pipeline, DeskReport report) {
        InputDocument document = new Ingest().fromText(report.id(), report.text())
                .withReportInfo(report.date(), report.source(), report.url());
        Pipeline.Analysis alone = pipeline.analyse(List.of(document), true);
        return alone.documents().isEmpty() ? null : alone.documents().get(0);
    }
}
