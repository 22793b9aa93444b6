package org.incidentclassifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a gold conflict of groups.yaml is scored against a grouped verdict: by inconsistency, by update, or missed. */
class ConflictEvaluationTest {
    private static final String GROUPS = """
            groups:
              - group: harbour
                files: [a.txt, b.txt, c.txt]
                conflicts:
                  - about: people killed
                    reports:
                      - { file: a.txt, value: 12, quote: "twelve died" }
                      - { file: b.txt, value: 20, quote: "20 were killed" }
                  - about: people hurt
                    reports:
                      - { file: a.txt, value: 3, quote: "three hurt" }
                      - { file: c.txt, value: 9, quote: "nine injured" }
                  - about: who claimed it
                    reports:
                      - { file: b.txt, value: null, quote: "Nobody has claimed the raid" }
                      - { file: c.txt, value: null, quote: "The Harbour Front claimed the raid" }
            """;

    @TempDir
    Path gold;

    private static Verdict.ClaimEntry claim(String id, String document, int value) {
        return new Verdict.ClaimEntry(id, "PEOPLE", "KILLED", value, value, value, false, false, null, "REPORTED",
                document, List.of(), null, List.of(), List.of());
    }

    private static Verdict verdict(List<Verdict.InconsistencyEntry> inconsistencies,
                                   List<Verdict.QuantityEntry> quantities) {
        List<Verdict.ClaimEntry> claims = List.of(claim("a-c1", "a", 12), claim("b-c1", "b", 20), claim("a-c2", "a", 3),
                claim("c-c1", "c", 9), claim("c-c2", "c", 12));
        Verdict.IncidentEntry incident = new Verdict.IncidentEntry("incident-1", List.of("a", "b", "c"), List.of(),
                List.of(), null, null, null, List.of(), claims, inconsistencies, List.of(), quantities);
        return new Verdict("1", null, List.of(), List.of(incident), List.of(), List.of());
    }

    private static Verdict.InconsistencyEntry inconsistency(List<String> claims, List<Evidence> evidence) {
        return new Verdict.InconsistencyEntry("inconsistency-1", "COUNT_CONFLICT", "HIGH", "", "", claims, "count-conflict",
                List.of(), evidence);
    }

    private ConflictEvaluation.Score score(Verdict verdict) throws Exception {
        Files.writeString(gold.resolve("groups.yaml"), GROUPS);
        return ConflictEvaluation.read(gold).score(verdict);
    }

    @Test
    void anInconsistencyCitingGoldFiguresOfTwoReportsFindsTheConflict() throws Exception {
        ConflictEvaluation.Score score = score(verdict(List.of(inconsistency(List.of("a-c1", "b-c1"), List.of())),
                List.of()));

        assertThat(score.results()).extracting(ConflictEvaluation.Result::outcome).containsExactly(
                ConflictEvaluation.Outcome.INCONSISTENCY, ConflictEvaluation.Outcome.MISSED,
                ConflictEvaluation.Outcome.MISSED);
        assertThat(score.recall()).isEqualTo(1.0 / 3);
    }

    @Test
    void anInconsistencyCitingOneReportOrAFigureNotInTheGoldDoesNot() throws Exception {
        // c-c2 gives 12, but the gold figure of c is for people hurt (9), not for people killed
        ConflictEvaluation.Score score = score(verdict(List.of(inconsistency(List.of("a-c1", "c-c2"), List.of())),
                List.of()));

        assertThat(score.count(ConflictEvaluation.Outcome.MISSED)).isEqualTo(3);
    }

    @Test
    void aFigureUpdateAcrossReportsCountsAsFoundButNotStrictly() throws Exception {
        Verdict.FigureEntry earlier = new Verdict.FigureEntry("a-c2", "a", 3, 3, 3, null, null, null, null, null,
                "UNMARKED", List.of());
        Verdict.FigureEntry later = new Verdict.FigureEntry("c-c1", "c", 9, 9, 9, null, null, null, null, null,
                "UNMARKED", List.of("a-c2"));
        Verdict.QuantityEntry hurt = new Verdict.QuantityEntry("PEOPLE", "INJURED", List.of(earlier, later), 3, 9, 9,
                "c-c1", "latest", "c-c1", List.of());

        ConflictEvaluation.Score score = score(verdict(List.of(), List.of(hurt)));

        assertThat(score.results().get(1).outcome()).isEqualTo(ConflictEvaluation.Outcome.UPDATE);
        assertThat(score.results().get(1).by()).isEqualTo("c-c1 updates a-c2");
        assertThat(score.recall()).isEqualTo(1.0 / 3);
        assertThat(score.strictRecall()).isZero();
    }

    @Test
    void aConflictWithoutFiguresIsFoundByEvidenceQuotingTwoReports() throws Exception {
        List<Evidence> quoted = List.of(new Evidence("b", 2, 0, 10, "has claimed the raid"),
                new Evidence("c", 4, 0, 10, "Harbour Front claimed the raid"));
        List<Evidence> oneReport = List.of(new Evidence("b", 2, 0, 10, "has claimed the raid"));

        assertThat(score(verdict(List.of(inconsistency(List.of(), quoted)), List.of())).results().get(2).outcome())
                .isEqualTo(ConflictEvaluation.Outcome.INCONSISTENCY);
        assertThat(score(verdict(List.of(inconsistency(List.of(), oneReport)), List.of())).results().get(2).outcome())
                .isEqualTo(ConflictEvaluation.Outcome.MISSED);
    }
}
