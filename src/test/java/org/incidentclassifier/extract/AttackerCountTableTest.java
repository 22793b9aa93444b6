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
import org.incidentclassifier.facts.AttackerCount;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sentence -> the attacker counts it gives ({@code VALUE source name / STANCE}, "-" for no name, joined by " ; ")
 * and the count claims it gives ({@code VALUE SUBJECT STATUS}), one row of
 * src/test/resources/extract/attacker-counts.csv per case: attacker figures never become claims and claims of
 * killed or arrested attackers never become attacker counts.
 */
class AttackerCountTableTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = AttackerCountTableTest.class.getResourceAsStream("/extract/attacker-counts.csv");
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            return rows.readAll().stream().map(r -> Arguments.of(r.get("shape"), r.get("sentence"),
                    r.get("attackers").trim(), r.get("claims").trim()));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("cases")
    void countsTheAttackers(String shape, String sentence, String attackers, String claims) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("t", sentence));

        assertThat(facts.attackers().stream().map(AttackerCountTableTest::render).collect(Collectors.joining(" ; ")))
                .isEqualTo(attackers);
        assertThat(facts.claims().stream().map(AttackerCountTableTest::render).collect(Collectors.joining(" ; ")))
                .isEqualTo(claims);
    }

    private static String render(AttackerCount a) {
        return a.figure() + " " + (a.source().name() == null ? "-" : a.source().name()) + " / " + a.stance();
    }

    private static String render(CountClaim c) {
        return c.figure() + " " + c.subject() + " " + c.status();
    }
}
