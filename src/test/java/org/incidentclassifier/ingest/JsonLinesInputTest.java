package org.incidentclassifier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports given as JSON Lines: one record per line, each a document or an error named file:line. */
class JsonLinesInputTest {

    @TempDir
    Path dir;

    private final Ingest ingest = new Ingest();

    @Test
    void everyLineIsADocumentWithTheRecordsIdDateSourceAndUrl() throws IOException {
        Path file = write("feed.jsonl", """
                {"id": "wire-1", "text": "Gunmen seized a ferry on Monday.", "date": "2031-04-07", "source": "Harbour Wire", "url": "https://example.org/a"}
                {"text": "Six crew members were released.", "date": "2031-04-09T10:15:00Z"}

                {"id": "wire-1", "text": "A second report of the same seizure."}
                """);

        List<IngestOutcome> outcomes = ingest.read(List.of(file.toString()), null);

        assertThat(outcomes).map(o -> (InputDocument) o)
                .extracting(InputDocument::id, InputDocument::path, InputDocument::text, InputDocument::date,
                        InputDocument::source, InputDocument::url)
                .containsExactly(
                        tuple("wire-1", file + ":1", "Gunmen seized a ferry on Monday.", "2031-04-07", "Harbour Wire",
                                "https://example.org/a"),
                        tuple("feed-2", file + ":2", "Six crew members were released.", "2031-04-09", null, null),
                        tuple("wire-1-2", file + ":4", "A second report of the same seizure.", null, null, null));
    }

    @Test
    void aBadLineIsAnErrorRecordAndTheOthersAreRead() throws IOException {
        Path file = write("mixed.ndjson", """
                {"text": "Rebels burned a depot."
                ["not", "an", "object"]
                {"text": "Police freed two hostages.", "place": "Northport"}
                {"text": 12}
                {"text": "Three were hurt.", "date": "last Tuesday"}
                {"id": "empty", "text": "  "}
                {"text": "A bus was hijacked."}
                """);

        List<IngestOutcome> outcomes = ingest.read(List.of(file.toString()), null);

        assertThat(outcomes).hasSize(7);
        assertThat(outcomes.subList(0, 6)).map(o -> (InputError) o)
                .extracting(InputError::path, InputError::problem)
                .containsExactly(
                        tuple(file + ":1", InputProblem.BAD_RECORD),
                        tuple(file + ":2", InputProblem.BAD_RECORD),
                        tuple(file + ":3", InputProblem.BAD_RECORD),
                        tuple(file + ":4", InputProblem.BAD_RECORD),
                        tuple(file + ":5", InputProblem.BAD_RECORD),
                        tuple(file + ":6", InputProblem.EMPTY));
        assertThat(((InputError) outcomes.get(2)).message())
                .isEqualTo("unknown field \"place\"; the fields are id, text, date, source, url");
        assertThat(((InputError) outcomes.get(4)).message())
                .isEqualTo("\"date\" must be an ISO date (yyyy-MM-dd, or a date-time that starts with one): last Tuesday");
        assertThat(((InputDocument) outcomes.get(6)).text()).isEqualTo("A bus was hijacked.");
    }

    @Test
    void aLineOverTheSizeLimitIsTooLargeAndIsNeverHeldWhole() throws IOException {
        Path file = dir.resolve("huge.jsonl");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("{\"text\": \"" + "x".repeat(Ingest.MAX_BYTES + 10) + "\"}\n");
            out.write("{\"text\": \"Two guards were killed.\"}\n");
        }

        List<IngestOutcome> outcomes = ingest.read(List.of(file.toString()), null);

        assertThat(outcomes).hasSize(2);
        assertThat(((InputError) outcomes.get(0)).problem()).isEqualTo(InputProblem.TOO_LARGE);
        assertThat(((InputDocument) outcomes.get(1)).text()).isEqualTo("Two guards were killed.");
    }

    @Test
    void standardInputStartingWithABraceIsJsonLines() {
        byte[] bytes = "\n{\"id\": \"a\", \"text\": \"Militants shelled a village.\"}\r\n{\"id\": \"b\", \"text\": \"Nobody was hurt.\"}"
                .getBytes(StandardCharsets.UTF_8);

        List<IngestOutcome> outcomes = ingest.read(List.of("-"), new ByteArrayInputStream(bytes));

        assertThat(outcomes).map(o -> ((InputDocument) o).id()).containsExactly("a", "b");
    }

    @Test
    void standardInputOfPlainTextIsOneDocument() {
        byte[] bytes = "Militants shelled a village.".getBytes(StandardCharsets.UTF_8);

        List<IngestOutcome> outcomes = ingest.read(List.of("-"), new ByteArrayInputStream(bytes));

        assertThat(outcomes).map(o -> ((InputDocument) o).id()).containsExactly("stdin");
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
