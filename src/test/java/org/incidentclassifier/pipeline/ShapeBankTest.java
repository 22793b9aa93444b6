package org.incidentclassifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
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

    private record Row(String id, String expected, boolean knownMiss, String text) {}

    @Test
    void everyReportOfTheBankGetsItsExpectedPrimaryTypeExceptTheKnownMisses() throws IOException {
        List<Row> rows = rows();
        List<IngestOutcome> inputs = new ArrayList<>();
        for (Row row : rows) {
            inputs.add(new Ingest().fromText(row.id(), row.text()).withReportInfo("2020-01-01", null, null));
        }
        Map<String, List<String>> ranked = rankedTypes(SharedPipeline.get().classify(inputs, true));

        List<String> wrong = new ArrayList<>();
        List<String> nowRight = new ArrayList<>();
        for (Row row : rows) {
            List<String> types = ranked.get(row.id());
            String got = row.expected().startsWith("=") ? "=" + String.join("+", types) : types.get(0);
            boolean right = row.expected().equals(got);
            if (!row.knownMiss() && !right) {
                wrong.add(row.expected() + " got " + got + ": " + row.text());
            } else if (row.knownMiss() && right) {
                nowRight.add(row.text());
            }
        }
        assertThat(wrong).as("bank reports that lost their type").isEmpty();
        assertThat(nowRight).as("known misses that now pass: remove their ~ mark").isEmpty();
        assertThat(rows.stream().filter(r -> !r.knownMiss()).count()).as("passing rows").isGreaterThanOrEqualTo(331);
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(BANK, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            boolean knownMiss = parts[0].startsWith("~");
            rows.add(new Row(String.format("b%03d", rows.size()), knownMiss ? parts[0].substring(1) : parts[0],
                    knownMiss, parts[1]));
        }
        return rows;
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
