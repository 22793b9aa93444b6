package org.incidentclassifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.pipeline.DevCorpus;
import org.junit.jupiter.api.Test;

/**
 * The ratchet: {@code rules eval} on the shared dev corpus, each report alone, may not score below the figures
 * recorded in docs/eval/ratchet.properties (the keys without the {@code summaries.} prefix). Raise the recorded
 * figures when the tool improves; a change that lowers one is a regression.
 */
class DevScoresRatchetTest {

    @Test
    void noRecordedScoreFalls() throws IOException {
        List<InputDocument> documents = RecordedScores.documents(DevCorpus.reports());
        CorpusEvaluation evaluation = CorpusEvaluation.readGold(DevCorpus.gold(), documents);
        assertThat(evaluation.problems()).isEmpty();

        EvalReport report = RecordedScores.evaluate(evaluation, documents);
        Map<String, Double> scores = report.headlineScores();
        Map<String, Double> floors = RecordedScores.floors("");

        assertThat(floors.keySet()).as("dev scores recorded in " + RecordedScores.FILE)
                .containsExactlyInAnyOrderElementsOf(scores.keySet());
        assertThat(report.failures()).as("reports on which a rule failed").isZero();
        assertThat(RecordedScores.fallen(scores, floors, "")).as("scores below the ratchet in "
                + RecordedScores.FILE).isEmpty();
    }
}
