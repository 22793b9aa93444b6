package org.incidentclassifier.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The shape bank (src/test/resources/classify/shape-bank.tsv): short reports the team wrote, one per shape of
 * incident or look-alike, in three styles (wire lead, event-database summary, single event sentence), each with
 * the primary type an analyst expects ({@code NONE}: not an incident), or, after {@code =}, the whole ranked type
 * list joined by {@code +} (so that a type added beside the real one is a miss). Each report is classified alone.
 * A row whose expected type starts with {@code ~} is a known miss: it must still miss, so that a fix is noticed
 * and the mark removed (the bank only ever gains passing rows).
 */
class ShapeBankTest {
    private static final Path BANK = Path.of("src/test/resources/classify/shape-bank.tsv");
    private static final int MINIMUM_PASSING = 331;

    @Test
    void everyReportOfTheBankGetsItsExpectedPrimaryTypeExceptTheKnownMisses() throws IOException {
        ReportBank bank = ReportBank.read(BANK, "b");
        Map<String, List<String>> ranked = rankedTypes(bank.classifyEachAlone());

        bank.assertExpected(row -> {
            List<String> types = ranked.get(row.id());
            return row.expected().startsWith("=") ? "=" + String.join("+", types) : types.get(0);
        }, "bank reports that lost their type", MINIMUM_PASSING);
    }

    /** Each document's ranked types: [NONE] when it is in no incident, [NO_TYPE] when its incident has no type. */
    private static Map<String, List<String>> rankedTypes(Verdict verdict) {
        Map<String, List<String>> ranked = new HashMap<>();
        verdict.documents().forEach(d -> ranked.put(d.id(), List.of("NONE")));
        for (Verdict.IncidentEntry incident : verdict.incidents()) {
            List<String> types = incident.types().isEmpty() ? List.of("NO_TYPE")
                    : incident.types().stream().map(Verdict.TypeEntry::type).toList();
            incident.documents().forEach(d -> ranked.put(d, types));
        }
        return ranked;
    }
}
