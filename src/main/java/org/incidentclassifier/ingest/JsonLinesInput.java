package org.incidentclassifier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads reports given as JSON Lines, one {@code {"id", "text", "date"?, "source"?, "url"?}} object per
 * line, as event feeds and scrapers deliver them. Every line becomes a document or an error record
 * ({@link InputProblem#BAD_RECORD}, {@link InputProblem#TOO_LARGE}) named {@code path:line}, so one bad
 * line costs only itself. Lines are read one at a time and none longer than {@link Ingest#MAX_BYTES}
 * characters is held in memory.
 */
final class JsonLinesInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("id", "text", "date", "source", "url");

    private final DocumentFactory documents;

    JsonLinesInput(DocumentFactory documents) {
        this.documents = documents;
    }

    /** Whether a file name says it holds JSON Lines. */
    static boolean isJsonLines(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /** Reads every line of {@code in}, handing each document or error to {@code outcomes} in order. */
    void read(String path, String idBase, Reader in, IdAllocator ids, Consumer<IngestOutcome> outcomes)
            throws IOException {
        BoundedLineReader lines = new BoundedLineReader(in, Ingest.MAX_BYTES);
        for (int number = 1; ; number++) {
            BoundedLineReader.Line line = lines.next();
            if (line == null) {
                return;
            }
            String where = path + ":" + number;
            if (line.tooLong()) {
                outcomes.accept(new InputError(where, InputProblem.TOO_LARGE, "the line is longer than "
                        + Ingest.MAX_BYTES + " characters: split the report"));
            } else if (!line.text().isBlank()) {
                outcomes.accept(record(where, idBase + "-" + number, line.text(), ids));
            }
        }
    }

    IngestOutcome record(String where, String defaultId, String line, IdAllocator ids) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return bad(where, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return bad(where, "not a JSON object; each line holds {\"id\", \"text\", \"date\", \"source\", \"url\"}");
        }
        for (var names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                return bad(where, "unknown field \"" + name + "\"; the fields are id, text, date, source, url");
            }
            if (!node.get(name).isTextual() && !node.get(name).isNull()) {
                return bad(where, "\"" + name + "\" must be a string");
            }
        }
        String text = text(node, "text");
        if (text == null || text.isBlank()) {
            return new InputError(where, InputProblem.EMPTY, "the record has no \"text\"");
        }
        String date = text(node, "date");
        String isoDate = date == null ? null : isoDate(date);
        if (date != null && isoDate == null) {
            return bad(where, "\"date\" must be an ISO date (yyyy-MM-dd, or a date-time that starts with one): " + date);
        }
        String id = text(node, "id");
        InputDocument document = documents.fromText(ids.allocate(id == null || id.isBlank() ? defaultId : id),
                where, text);
        return document.withReportInfo(isoDate, text(node, "source"), text(node, "url"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String isoDate(String value) {
        String day = value.length() >= 10 ? value.substring(0, 10) : value;
        try {
            return LocalDate.parse(day).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static InputError bad(String where, String message) {
        return new InputError(where, InputProblem.BAD_RECORD, message);
    }
}
