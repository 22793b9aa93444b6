package org.incidentclassifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.verdict.Verdict;

/**
 * Report-like text with hostile pieces (numbers of any length, number words, reversed ranges, negatives,
 * mojibake, invisible characters, unbalanced quotes) goes through the whole pipeline: each report gives
 * exactly one document or one error record, never an exception, and every claim's evidence quotes the
 * original text at its offsets. Short in every build; the long run is in docs/performance.md.
 */
class ExtractionFuzzTest {

    private static final List<String> PIECES = List.of(
            "Gunmen stormed a fuel depot near Portvale on Monday.", "35 hostages were killed,",
            "the army said.", "according to state television", "Twelve people, two guards and ten workers, died.",
            "more than 2147483647", "99999999999 hostages", "08001234567", "nine hundred thousand",
            "two billion", "between 40 and 10", "fewer than 0", "minus twenty", "-5 people were hurt",
            "1 hostages were killed,", "The Red Dune Brigade, affiliated to the Northern Front,", "claimed",
            "could not be confirmed", "â€™", "Ã©", "\u200B", "\u00AD", "\u001B[0m", "\"", "(", ")", ";", "\n\n",
            "-\n", "aboard a jet carrying 113 people", "69 died, including 39 hostages and 29 kidnappers.");

    private final Ingest ingest = new Ingest();

    @Property
    void everyReportGivesOneRecordAndEvidenceQuotesTheOriginal(@ForAll("reports") String text) {
        InputDocument input = ingest.fromText("fuzz", text);

        Verdict verdict = SharedPipeline.get().classify(List.<org.incidentclassifier.ingest.IngestOutcome>of(input), true);

        assertThat(verdict.documents().size() + verdict.errors().size()).isEqualTo(1);
        assertThat(verdict.errors()).allMatch(e -> !e.problem().equals("ANALYSIS_FAILED"), "no analysis failure");
        for (Verdict.IncidentEntry incident : verdict.incidents()) {
            for (Verdict.ClaimEntry claim : incident.claims()) {
                for (Evidence e : claim.evidence()) {
                    assertThat(e.original() != null ? e.original() : e.text()).isEqualTo(input.originalText().substring(e.start(), e.end()));
                }
            }
        }
    }

    @Provide
    Arbitrary<String> reports() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(PIECES),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25),
                Arbitraries.strings().alpha().ofMaxLength(10),
                Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(8));
        return piece.list().ofMaxSize(40).map(parts -> String.join(" ", parts));
    }
}
