package org.incidentclassifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Every report of the development corpus ({@code ../shared/corpus/dev}) goes through classify without an error.
 * How right the verdicts are is guarded by the scores' ratchet ({@code DevScoresRatchetTest}).
 */
class DevCorpusTest {

    @Test
    void everyReportIsClassifiedWithoutAnError() throws IOException {
        Path corpus = DevCorpus.reports();
        long reports;
        try (Stream<Path> files = Files.list(corpus)) {
            reports = files.filter(p -> p.toString().endsWith(".txt")).count();
        }

        Verdict verdict = SharedPipeline.get().classify(new Ingest().read(List.of(corpus.toString()), null), true);

        assertThat(verdict.errors()).isEmpty();
        assertThat(verdict.documents()).hasSize((int) reports);
        assertThat(reports).isEqualTo(76);
    }
}
