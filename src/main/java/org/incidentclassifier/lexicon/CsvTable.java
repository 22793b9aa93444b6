package org.incidentclassifier.lexicon;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.ruleset.RuleProblem;

/** A lexicon CSV file with a header row, read with Jackson, keeping line numbers for analysts' messages. */
final class CsvTable {
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES);

    /** One data row; {@code line} is 1-based in the file. */
    record Row(String file, int line, List<String> header, Map<String, String> values) {
        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.trim();
        }

        List<String> list(String column) {
            String value = get(column);
            return value.isEmpty() ? List.of() : Arrays.stream(value.split("\\|")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList();
        }

        RuleProblem problem(String column, String message) {
            return new RuleProblem(file, line, header.indexOf(column) + 1, message);
        }
    }

    private CsvTable() {
    }

    /** Reads the rows; a missing required column or unreadable CSV is reported in {@code problems}. */
    static List<Row> read(String file, String text, List<String> required, List<RuleProblem> problems) {
        List<Row> rows = new ArrayList<>();
        String firstLine = text.lines().findFirst().orElse("");
        List<String> header = Arrays.stream(firstLine.split(",")).map(String::trim).toList();
        for (String column : required) {
            if (!header.contains(column)) {
                problems.add(new RuleProblem(file, 1, 1, "missing column '" + column + "' (header must include "
                        + String.join(",", required) + ")"));
            }
        }
        if (!problems.isEmpty() && problems.get(problems.size() - 1).file().equals(file)) {
            return rows;
        }
        try (MappingIterator<Map<String, String>> it = MAPPER.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                Map<String, String> values = it.nextValue();
                rows.add(new Row(file, line, header, values));
            }
        } catch (IOException | RuntimeException e) {
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null
                    ? jpe.getLocation().getLineNr() : 1;
            problems.add(new RuleProblem(file, line, 1, "unreadable CSV: " + firstLineOf(e.getMessage())));
        }
        return rows;
    }

    private static String firstLineOf(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
