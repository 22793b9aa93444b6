package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sentence -> count claims, one row of src/test/resources/extract/count-claims.csv per case, with the
 * real OpenNLP models and the shipped lexicons. An empty {@code claims} cell means the sentence must
 * yield no claim (ages, distances, threats). See {@link ClaimNotation} for the notation. Rows are the team's
 * own sentences (origin {@code own} or {@code synthetic}, invented names and places) or quote the seeds
 * ({@code seed-*}); no row quotes a dev-corpus report.
 */
class CountClaimTableTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = CountClaimTableTest.class.getResourceAsStream("/extract/count-claims.csv");
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            return rows.readAll().stream()
                    .map(r -> Arguments.of(r.get("origin"), r.get("sentence"), r.get("claims").trim()));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("cases")
    void extractsExactlyTheseClaims(String origin, String sentence, String expected) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("t", sentence));

        assertThat(ClaimNotation.render(facts.claims())).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void theTableIsLargeAndMostlyTheTeamsOwnText() throws IOException {
        List<Arguments> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(80);
        assertThat(all.stream().filter(a -> !a.get()[0].toString().startsWith("seed"))).hasSizeGreaterThanOrEqualTo(all.size() / 2);
        assertThat(all.stream().filter(a -> a.get()[0].toString().startsWith("corpus"))).isEmpty();
        assertThat(all.stream().filter(a -> a.get()[2].toString().isEmpty())).hasSizeGreaterThanOrEqualTo(8);
    }
}
