package org.incidentclassifier.spark;

import java.util.List;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.pipeline.BlockingKey;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.verdict.AnalysedDocument;

/**
 * The key a report is shuffled on in grouped mode: the one-machine batch's {@link BlockingKey} (the country of its
 * incident) of the report analysed alone. The pipeline never joins reports of different keys and groups each
 * key's reports on their own, so the reports of one key classified together give the CLI's incidents. A line
 * that is no report (an error record) has the key of reports with no country: it joins nothing either way.
 */
final class GroupKeys {
    private GroupKeys() {
    }

    /** The report's key; analysing it alone is the first of the two analyses a grouped report costs. */
    static String of(Pipeline pipeline, IngestOutcome report) {
        List<AnalysedDocument> analysed;
        try {
            analysed = pipeline.analyse(List.of(report), true).documents();
        } catch (RuntimeException | StackOverflowError e) {
            analysed = List.of(); // the grouped stage fails on it again and writes its error record
        }
        return analysed.isEmpty() ? BlockingKey.NO_COUNTRY : BlockingKey.of(analysed.get(0)).country();
    }
}
