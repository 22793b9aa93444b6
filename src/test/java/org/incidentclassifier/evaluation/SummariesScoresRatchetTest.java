package org.incidentclassifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.ingest.InputDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ratchet on the team-written texts (see docs/eval/README.md): the event-database summaries
 * (src/test/resources/corpus/summaries), the held-out set written apart from them (corpus/holdout) and the
 * second, third and fourth held-out sets written blind to the rules (corpus/holdout2, holdout3, holdout4), gold beside each. {@code rules eval}, each
 * text alone, may not score below the {@code summaries.}, {@code holdout.}, {@code holdout2.}, {@code holdout3.} and {@code holdout4.} figures in
 * docs/eval/ratchet.properties. The corpora are part of the project, so this test
 * never skips. Raise the figures when the tool improves.
 */
class SummariesScoresRatchetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"summaries, 100", "holdout, 48", "holdout2, 90", "holdout3, 72", "holdout4, 60"})
    void noRecordedScoreOfTheTeamWrittenTextsFalls(String corpus, int size) throws IOException {
        Path corpusDir = Path.of("src/test/resources/corpus/" + corpus);
        Path goldDir = Path.of("src/test/resources/corpus/" + corpus + "-gold");
        String prefix = corpus + ".";
        List<InputDocument> documents = RecordedScores.documents(corpusDir);
        assertThat(documents).as("texts in " + corpusDir).hasSize(size);
        CorpusEvaluation evaluation = CorpusEvaluation.readGold(goldDir, documents);
        assertThat(evaluation.problems()).as("problems with the gold files in " + goldDir).isEmpty();

        EvalReport report = RecordedScores.evaluate(evaluation, documents);
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("incident.recall", report.overall(EvalCategory.INCIDENT).recall());
        scores.put("primary-type.recall", report.overall(EvalCategory.PRIMARY_TYPE).recall());
        scores.put("types.f1", report.overall(EvalCategory.TYPE).f1());
        scores.put("claims.recall", report.overall(EvalCategory.CLAIM).recall());
        scores.put("claims.precision", report.overall(EvalCategory.CLAIM).precision());
        Map<String, Double> floors = RecordedScores.floors(prefix);

        assertThat(floors.keySet()).as(corpus + " scores recorded in " + RecordedScores.FILE)
                .containsExactlyInAnyOrderElementsOf(scores.keySet());
        assertThat(report.failures()).as(corpus + " texts on which a rule failed").isZero();
        assertThat(RecordedScores.fallen(scores, floors, prefix))
                .as(corpus + " scores below the ratchet in " + RecordedScores.FILE).isEmpty();
    }
}
