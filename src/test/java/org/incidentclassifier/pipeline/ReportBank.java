package org.incidentclassifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.verdict.Verdict;

/**
 * A bank of short reports the team wrote, one per line of a TSV file: what an analyst expects, a tab, the text
 * ({@code \n} for a line break). An expectation starting with {@code ~} is a known miss: it must still miss, so
 * that a fix is noticed and the mark removed (a bank only ever gains passing rows). The shape bank and the
 * inconsistency bank read their files and check their rows through this class.
 */
final class ReportBank {
    /** One report of the bank: its id in the batch, the expectation (without {@code ~}), and its text. */
    record Row(String id, String expected, boolean knownMiss, String text) {}

    private final List<Row> rows;

    private ReportBank(List<Row> rows) {
        this.rows = rows;
    }

    /** The rows of a bank file, ids {@code prefix000}, {@code prefix001}, ...; blank and {@code #} lines skipped. */
    static ReportBank read(Path file, String prefix) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            boolean knownMiss = parts[0].startsWith("~");
            rows.add(new Row(String.format("%s%03d", prefix, rows.size()),
                    knownMiss ? parts[0].substring(1) : parts[0], knownMiss, parts[1].replace("\\n", "\n")));
        }
        return new ReportBank(rows);
    }

    /** Every report classified alone, in one batch, dated 2020-01-01. */
    Verdict classifyEachAlone() {
        List<IngestOutcome> inputs = new ArrayList<>();
        for (Row row : rows) {
            inputs.add(new Ingest().fromText(row.id(), row.text()).withReportInfo("2020-01-01", null, null));
        }
        return SharedPipeline.get().classify(inputs, true);
    }

    /**
     * Each row not marked as a known miss gets what it expects, each known miss still misses, and at least
     * {@code minimumPassing} rows are not known misses.
     */
    void assertExpected(Function<Row, String> got, String lost, int minimumPassing) {
        List<String> wrong = new ArrayList<>();
        List<String> nowRight = new ArrayList<>();
        for (Row row : rows) {
            String answer = got.apply(row);
            boolean right = row.expected().equals(answer);
            if (!row.knownMiss() && !right) {
                wrong.add(row.expected() + " got " + answer + ": " + row.text());
            } else if (row.knownMiss() && right) {
                nowRight.add(row.text());
            }
        }
        assertThat(wrong).as(lost).isEmpty();
        assertThat(nowRight).as("known misses that now pass: remove their ~ mark").isEmpty();
        assertThat(rows.stream().filter(r -> !r.knownMiss()).count()).as("passing rows")
                .isGreaterThanOrEqualTo(minimumPassing);
    }
}
