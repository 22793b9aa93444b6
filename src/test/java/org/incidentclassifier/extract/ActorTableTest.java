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
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sentence -> actors, affiliations and aliases, one row of src/test/resources/extract/actors.csv per case.
 * Actors: {@code id KIND [CC]} (distinct, in order); affiliations: {@code holder RELATION target STANCE}, an
 * unnamed holder in brackets (unnamed perpetrators share the id unnamed-perpetrators); aliases: {@code id = other HOW}, an unknown other name in quotes.
 */
class ActorTableTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = ActorTableTest.class.getResourceAsStream("/extract/actors.csv");
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            return rows.readAll().stream().map(r -> Arguments.of(r.get("origin"), r.get("sentence"),
                    r.get("actors").trim(), r.get("affiliations").trim(), r.get("aliases").trim()));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("cases")
    void findsTheseActorsAndRelations(String origin, String sentence, String actors, String affiliations,
                                      String aliases) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("t", sentence));

        assertThat(facts.actors().stream()
                .map(a -> a.actorId() + " " + a.kind() + (a.country() == null ? "" : " " + a.country()))
                .distinct().collect(Collectors.joining(" ; "))).isEqualTo(actors);
        assertThat(facts.affiliations().stream()
                .map(a -> (a.actorId() == null ? "(" + a.actorName() + ")" : a.actorId()) + " " + a.relation() + " "
                        + a.targetId() + " " + a.stance())
                .collect(Collectors.joining(" ; "))).isEqualTo(affiliations);
        assertThat(facts.aliases().stream()
                .map(a -> a.actorId() + " = " + (a.otherActorId() == null ? "\"" + a.otherName() + "\"" : a.otherActorId())
                        + " " + a.how())
                .collect(Collectors.joining(" ; "))).isEqualTo(aliases);
    }
}
