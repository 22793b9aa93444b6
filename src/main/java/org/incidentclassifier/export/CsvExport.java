package org.incidentclassifier.export;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.verdict.Verdict;

/**
 * Writes a verdict as a CSV table, one row per incident, with a header row; the columns say what each cell
 * holds (see {@link GtdExport}, {@link AcledExport}). Quoting is Jackson CSV's (RFC 4180): a cell with a comma,
 * a quote or a line break is quoted. Documents in no incident give no row.
 */
public final class CsvExport {
    /** Quotes only the cells that need it (a comma, a quote, a line break), not every cell with a space. */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private final List<Column> columns;

    private CsvExport(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Global Terrorism Database codebook columns, then this tool's own (docs/exports.md). */
    public static CsvExport gtd() {
        return new CsvExport(GtdExport.COLUMNS);
    }

    /** ACLED columns, then this tool's own (docs/exports.md). */
    public static CsvExport acled() {
        return new CsvExport(AcledExport.COLUMNS);
    }

    /** The header names, in order. */
    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    public void write(Verdict verdict, Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        columns.forEach(c -> schema.addColumn(c.name()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Verdict.IncidentEntry incident : verdict.incidents()) {
            IncidentFacts facts = new IncidentFacts(incident);
            Map<String, Object> row = new LinkedHashMap<>();
            columns.forEach(c -> row.put(c.name(), c.value().apply(facts)));
            rows.add(row);
        }
        MAPPER.writer(schema.build()).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out).writeAll(rows).flush();
    }
}
