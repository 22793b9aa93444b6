package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sentence -> who says each figure and how firmly, one row of src/test/resources/extract/sources.csv per case:
 * {@code VALUE STATUS source name / SOURCE_KIND / STANCE [/ via OUTLET]} per claim ("-" for no name).
 */
class SourceTableTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = SourceTableTest.class.getResourceAsStream("/extract/sources.csv");
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            return rows.readAll().stream().map(r -> Arguments.of(r.get("shape"), r.get("sentence"),
                    r.get("claims").trim()));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("cases")
    void attributesEachFigure(String shape, String sentence, String claims) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("t", sentence));

        assertThat(facts.claims().stream().map(SourceTableTest::render).collect(Collectors.joining(" ; ")))
                .isEqualTo(claims);
    }

    private static String render(CountClaim c) {
        String name = c.source().name() == null ? "-" : c.source().name();
        return c.value() + " " + c.status() + " " + name + " / " + c.source().kind() + " / " + c.stance()
                + (c.source().via() == null ? "" : " / via " + c.source().via());
    }
}
