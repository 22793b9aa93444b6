package org.incidentclassifier.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the body of {@code POST /reports}: a JSON object {@code {id?, text, date?, source?, url?}} (the fields
 * of a JSON Lines record) or the report as plain UTF-8 text. Anything else is a 400 or 415 problem.
 */
final class ReportRequest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("id", "text", "date", "source", "url");
    /** Ids name reports in URLs and verdicts: short, and made of characters that need no escaping. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private ReportRequest() {
    }

    static Desk.ReportInput read(String contentType, byte[] body) {
        return switch (contentType) {
            case "application/json" -> fromJson(body);
            case "text/plain" -> withText(null, utf8(body), null, null, null);
            default -> throw new Problem.Rejection(Problem.of(415, "unsupported-media-type",
                    "Unsupported media type", "POST /reports takes application/json ({id?, text, date?, source?,"
                            + " url?}) or text/plain, not \"" + contentType + "\""));
        };
    }

    private static Desk.ReportInput fromJson(byte[] body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("malformed-json", "the body is not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw Problem.badRequest("malformed-json", "the body cannot be read as JSON");
        }
        if (node == null || !node.isObject()) {
            throw Problem.badRequest("not-a-report", "the body must be one JSON object {id?, text, date?, source?,"
                    + " url?}");
        }
        for (var names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw Problem.badRequest("unknown-field", "unknown field \"" + name + "\"; the fields are id, text,"
                        + " date, source, url");
            }
            if (!node.get(name).isTextual() && !node.get(name).isNull()) {
                throw Problem.badRequest("not-a-string", "\"" + name + "\" must be a string");
            }
        }
        return withText(field(node, "id"), field(node, "text"), date(field(node, "date")), field(node, "source"),
                field(node, "url"));
    }

    private static Desk.ReportInput withText(String id, String text, String date, String source, String url) {
        if (text == null || text.isBlank()) {
            throw Problem.badRequest("no-text", "the report has no text");
        }
        if (id != null && !ID.matcher(id).matches()) {
            throw Problem.badRequest("bad-id", "an id is 1 to 128 letters, digits and . _ : - (starting with a letter"
                    + " or digit), not \"" + id + "\"");
        }
        return new Desk.ReportInput(id, text, date, source, url);
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value).toString();
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("bad-date", "\"date\" must be an ISO date (yyyy-MM-dd, or a date-time that"
                    + " starts with one): " + value);
        }
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw Problem.badRequest("not-utf-8", "a text/plain report must be UTF-8");
        }
    }
}
