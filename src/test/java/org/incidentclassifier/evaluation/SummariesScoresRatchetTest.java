package org.incidentclassifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.ingest.InputDocument;
import org.junit.jupiter.api.Test;

/**
 * The ratchet on the team-written event-database summaries (src/test/resources/corpus/summaries, gold beside
 * it; see docs/eval/README.md): {@code rules eval}, each summary alone, may not score below the
 * {@code summaries.} figures in docs/eval/ratchet.properties. The corpus is part of the project, so this test
 * never skips. Raise the figures when the tool improves.
 */
class SummariesScoresRatchetTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus/summaries");
    private static final Path GOLD = Path.of("src/test/resources/corpus/summaries-gold");

    @Test
    void noRecordedSummariesScoreFalls() throws IOException {
        List<InputDocument> documents = RecordedScores.documents(CORPUS);
        assertThat(documents).as("summaries in " + CORPUS).hasSize(100);
        CorpusEvaluation evaluation = CorpusEvaluation.readGold(GOLD, documents);
        assertThat(evaluation.problems()).as("problems with the gold files in " + GOLD).isEmpty();

        EvalReport report = RecordedScores.evaluate(evaluation, documents);
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("incident.recall", report.overall(EvalCategory.INCIDENT).recall());
        scores.put("primary-type.recall", report.overall(EvalCategory.PRIMARY_TYPE).recall());
        scores.put("types.f1", report.overall(EvalCategory.TYPE).f1());
        scores.put("claims.recall", report.overall(EvalCategory.CLAIM).recall());
        scores.put("claims.precision", report.overall(EvalCategory.CLAIM).precision());
        Map<String, Double> floors = RecordedScores.floors(RecordedScores.SUMMARIES);

        assertThat(floors.keySet()).as("summaries scores recorded in " + RecordedScores.FILE)
                .containsExactlyInAnyOrderElementsOf(scores.keySet());
        assertThat(report.failures()).as("summaries on which a rule failed").isZero();
        assertThat(RecordedScores.fallen(scores, floors, RecordedScores.SUMMARIES))
                .as("summaries scores below the ratchet in " + RecordedScores.FILE).isEmpty();
    }
}
