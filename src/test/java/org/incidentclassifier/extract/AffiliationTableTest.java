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
 * Sentence -> affiliations, one row of src/test/resources/extract/affiliations.csv per case; each shape of
 * relations.csv with a paraphrase, and near misses that must give none (former, denied, state bodies). The rows
 * named {@code bank-} are the shapes news uses, each with groups and people the lexicon does not know (their
 * names read from the sentence); near misses there: two groups merely in one sentence, "fought against",
 * "rivals of", and "a former member of" (dropped, as the gold drops a relation that no longer holds). The rows
 * named {@code r7-}: factions ("X, a Y faction" is MEMBER_OF, as "faction of"), a group's spokesman (no
 * affiliation: the gold reads a spokesman as a source, not a member), own-word loyalty, "its commander",
 * brackets and dashes, hedged "believed to be linked", "suspected of ties" and "accused X of ties" (HEDGED).
 * The rows named {@code r8-}: a role verb ("X, which operates as Y's franchise"), a group describing itself (its
 * own word, CLAIMED), "X, the group's North African branch" (the group is not X itself) and "the group" after
 * an unknown name that opened a sentence attacking or claiming (a known group named before wins).
 * Affiliations: {@code holder RELATION target STANCE SOURCE_KIND}, an unnamed holder in brackets.
 */
class AffiliationTableTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = AffiliationTableTest.class.getResourceAsStream("/extract/affiliations.csv");
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            return rows.readAll().stream().map(r -> Arguments.of(r.get("shape"), r.get("sentence"),
                    r.get("affiliations").trim()));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("cases")
    void findsTheseAffiliations(String shape, String sentence, String affiliations) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("t", sentence));

        assertThat(facts.affiliations().stream()
                .map(a -> (a.actorId() == null ? "(" + a.actorName() + ")" : a.actorId()) + " " + a.relation() + " "
                        + a.targetId() + " " + a.stance() + " " + a.source().kind())
                .collect(Collectors.joining(" ; "))).isEqualTo(affiliations);
    }
}
