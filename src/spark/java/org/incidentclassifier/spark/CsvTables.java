package org.incidentclassifier.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.incidentclassifier.export.CsvExport;
import org.incidentclassifier.verdict.Verdict;

/**
 * The CSV exports of {@code classify --format csv-gtd / csv-acled}, one row per incident, written by the job as
 * {@code OUT/csv-NAME/date=.../part-*.csv} (rows without a header, so that parts can be joined) and
 * {@code OUT/csv-NAME/_header.csv}. A row is made from the incident's JSON record once it has its number, so its
 * id column is the number the JSON Lines record has.
 */
enum CsvTables {
    GTD("csv-gtd", CsvExport::gtd),
    ACLED("csv-acled", CsvExport::acled);

    /** The header row of a table, beside its parts. */
    static final String HEADER = "_header.csv";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String directory;
    private final Supplier<CsvExport> export;

    CsvTables(String directory, Supplier<CsvExport> export) {
        this.directory = directory;
        this.export = export;
    }

    /** The output directory under OUT, also the CLI's format name. */
    String directory() {
        return directory;
    }

    /** The header line, as the CLI writes it first (its names are plain words: nothing to quote). */
    String header() {
        return String.join(",", export.get().header()) + "\n";
    }

    /** The rows of one incident record (its JSON Lines line), without the header and without the last line break. */
    String rows(String incidentRecord) {
        Verdict verdict;
        try {
            verdict = JSON.readValue(incidentRecord, Verdict.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read back an incident record: " + e.getOriginalMessage(), e);
        }
        String table = table(verdict);
        String rows = table.substring(table.indexOf('\n') + 1);
        return rows.endsWith("\n") ? rows.substring(0, rows.length() - 1) : rows;
    }

    private String table(Verdict verdict) {
        StringWriter out = new StringWriter();
        try {
            export.get().write(verdict, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
