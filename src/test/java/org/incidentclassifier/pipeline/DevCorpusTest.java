package org.incidentclassifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.extract.ClaimNotation;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Every report of the development corpus (copied to src/test/resources/corpus/dev) goes through facts and
 * classify without an error, and yields exactly the count claims pinned in dev-claims.txt, which were
 * reviewed by eye against the text.
 */
class DevCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus/dev");

    @Test
    void everyReportIsClassifiedWithoutAnError() {
        Verdict verdict = SharedPipeline.get().classify(new Ingest().read(List.of(CORPUS.toString()), null));

        assertThat(verdict.errors()).isEmpty();
        assertThat(verdict.documents()).hasSize(16);
    }

    @Test
    void eachReportYieldsItsReviewedCountClaims() throws IOException {
        Map<String, List<String>> expected = pinned();
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (IngestOutcome outcome : new Ingest().read(List.of(CORPUS.toString()), null)) {
            DocumentFacts facts = SharedPipeline.get().facts((InputDocument) outcome);
            List<String> claims = new ArrayList<>();
            for (CountClaim c : facts.claims()) {
                claims.add(ClaimNotation.render(c) + " | " + c.evidence().text());
            }
            actual.put(facts.document().id(), claims);
        }

        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    private static Map<String, List<String>> pinned() throws IOException {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(CORPUS.resolveSibling("dev-claims.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("== ")) {
                current = new ArrayList<>();
                expected.put(line.substring(3), current);
            } else {
                current.add(line);
            }
        }
        return expected;
    }
}
