package org.incidentclassifier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One JSON Lines line read by a caller that reads the file itself (the Spark job): as the file reader reads it. */
class JsonLineTest {
    private final Ingest ingest = new Ingest();

    @Test
    void aLineGivesTheDocumentOrErrorTheFileReaderGivesForIt() {
        List<String> lines = List.of(
                "{\"id\": \"dock-7\", \"text\": \"Pirates boarded a tanker at dawn.\", \"date\": \"2030-11-02T06:00:00Z\"}",
                "{\"text\": \"The crew of nine was freed.\"}",
                "{\"id\": \"dock-9\", \"text\": \"Late report.\", \"date\": \"second of November\"}",
                "[1, 2]",
                "{\"id\": \"dock-10\"}");

        List<String> read = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            IngestOutcome outcome = ingest.jsonLine("s3a://feeds/harbour.jsonl", "harbour.jsonl", i + 4, lines.get(i));
            read.add(outcome instanceof InputDocument d ? d.id() + " | " + d.path() + " | " + d.date() + " | " + d.text()
                    : ((InputError) outcome).path() + " | " + ((InputError) outcome).problem() + " | "
                    + ((InputError) outcome).message());
        }

        assertThat(read).containsExactly(
                "dock-7 | s3a://feeds/harbour.jsonl:4 | 2030-11-02 | Pirates boarded a tanker at dawn.",
                "harbour-5 | s3a://feeds/harbour.jsonl:5 | null | The crew of nine was freed.",
                "s3a://feeds/harbour.jsonl:6 | BAD_RECORD | \"date\" must be an ISO date (yyyy-MM-dd, or a date-time that"
                        + " starts with one): second of November",
                "s3a://feeds/harbour.jsonl:7 | BAD_RECORD | not a JSON object; each line holds {\"id\", \"text\", \"date\","
                        + " \"source\", \"url\"}",
                "s3a://feeds/harbour.jsonl:8 | EMPTY | the record has no \"text\"");
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithoutBeingParsed() {
        String line = "{\"text\": \"" + "a".repeat(Ingest.MAX_BYTES) + "\"}";

        InputError error = (InputError) ingest.jsonLine("in.jsonl", "in.jsonl", 1, line);

        assertThat(error).isEqualTo(new InputError("in.jsonl:1", InputProblem.TOO_LARGE,
                "the line is longer than " + Ingest.MAX_BYTES + " characters: split the report"));
    }
}
