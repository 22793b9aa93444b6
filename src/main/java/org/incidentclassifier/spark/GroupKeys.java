package org.incidentclassifier.spark;

import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.pipeline.Pipeline;

/**
 * The key a report is shuffled on in grouped mode: reports with different keys are never reasoned over
 * together. Until the pipeline publishes the one-machine batch's blocking key, every report has the same key:
 * the grouped job is then exact (its answers are the CLI's) but reasons over the whole input in one task.
 */
final class GroupKeys {
    /** The one key every report has while the pipeline publishes none. */
    static final String ALL = "all";

    private GroupKeys() {
    }

    /** The report's group key. */
    static String of(Pipeline pipeline, IngestOutcome report) {
        return ALL;
    }
}
