package org.incidentclassifier.ruletools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.pipeline.DevCorpus;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * The ratchet: {@code rules eval} on the shared dev corpus, each report alone, may not score below the figures
 * recorded in docs/eval/ratchet.properties. Raise the recorded figures when the tool improves; a change that
 * lowers one is a regression.
 */
class DevScoresRatchetTest {
    private static final Path RECORDED = Path.of("docs/eval/ratchet.properties");

    @Test
    void noRecordedScoreFalls() throws IOException {
        List<InputDocument> documents = new ArrayList<>();
        for (IngestOutcome outcome : new Ingest().read(List.of(DevCorpus.reports().toString()), null)) {
            documents.add((InputDocument) outcome);
        }
        CorpusEvaluation evaluation = CorpusEvaluation.readGold(DevCorpus.gold(), documents);
        assertThat(evaluation.problems()).isEmpty();

        EvalReport report = evaluation.run(SharedPipeline.get(), documents);
        Map<String, Double> scores = report.headlineScores();

        Properties recorded = new Properties();
        try (Reader in = Files.newBufferedReader(RECORDED, StandardCharsets.UTF_8)) {
            recorded.load(in);
        }
        assertThat(recorded.stringPropertyNames()).as("scores recorded in " + RECORDED)
                .containsExactlyInAnyOrderElementsOf(scores.keySet());
        List<String> fallen = new ArrayList<>();
        for (Map.Entry<String, Double> score : scores.entrySet()) {
            double floor = Double.parseDouble(recorded.getProperty(score.getKey()));
            double now = Double.isNaN(score.getValue()) ? 0 : score.getValue();
            if (Math.round(now * 100) < Math.round(floor * 100)) {
                fallen.add(String.format(Locale.ROOT, "%s fell to %.2f (recorded %.2f)", score.getKey(), now, floor));
            }
        }
        assertThat(report.failures()).as("reports on which a rule failed").isZero();
        assertThat(fallen).as("scores below the ratchet in " + RECORDED).isEmpty();
    }
}
