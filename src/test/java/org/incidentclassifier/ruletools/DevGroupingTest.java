package org.incidentclassifier.ruletools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.DevCorpus;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Grouping on the shared dev corpus, all reports classified together, scored against groups.yaml as
 * {@code rules eval} scores it: no report may be merged into an incident it does not belong to, and the pairs
 * found may not fall below the floor (16 of 21 pairs when this test was written: 0.76).
 */
class DevGroupingTest {
    private static final double RECALL_FLOOR = 0.76;

    @Test
    void noFalseMergeAndRecallAtTheFloor() throws Exception {
        GroupingEvaluation evaluation = GroupingEvaluation.read(DevCorpus.gold());
        assertThat(evaluation).as("groups.yaml in " + DevCorpus.gold()).isNotNull();

        Verdict verdict = SharedPipeline.get().classify(new Ingest().read(List.of(DevCorpus.reports().toString()), null));
        GroupingEvaluation.Score score = evaluation.score(verdict);

        assertThat(score.falseMerges()).as("reports merged into another incident").isEmpty();
        assertThat(Math.round(score.recall() * 100)).as("pairs of reports of one incident found, missed: "
                + score.missed()).isGreaterThanOrEqualTo(Math.round(RECALL_FLOOR * 100));
    }
}
