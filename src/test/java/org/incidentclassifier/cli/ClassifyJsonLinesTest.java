package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** classify --format jsonl: one verdict-shaped record per line, each valid against the schema, ids unique. */
class ClassifyJsonLinesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void separateReportsStreamOneRecordPerIncidentThenTheErrorsThenTheRuleCounts() throws IOException {
        CliRun run = CliRun.of("classify", "--format", "jsonl", "--separate", "seeds", dir.resolve("missing.txt").toString());

        List<JsonNode> records = records(run);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(records).hasSize(4);
        assertThat(records.subList(0, 2)).extracting(r -> r.at("/incidents/0/id").asText() + " "
                        + r.at("/documents/0/id").asText() + " " + r.at("/documents/0/incident").asText())
                .containsExactly("incident-c8d02cc8de1e 000_802d9e333d9d6a38 incident-c8d02cc8de1e",
                        "incident-c0d1e3f76d38 002_19eff492fa99377f incident-c0d1e3f76d38");
        assertThat(records.get(2).at("/errors/0/problem").asText()).isEqualTo("NOT_FOUND");
        assertThat(records.get(3).get("documents")).isEmpty();
        assertThat(records.get(3).get("rulesFired")).isNotEmpty();
        assertThat(records.subList(0, 3)).allMatch(r -> r.get("rulesFired").isEmpty());
    }

    @Test
    void twoWorkersWriteTheSameRecordsInTheSameOrderAsOne() {
        String[] inputs = {"seeds", "src/test/resources/corpus/unseen", dir.resolve("missing.txt").toString(), "seeds"};

        CliRun one = CliRun.of(concat(new String[] {"classify", "--format", "jsonl", "--separate", "--workers", "1"}, inputs));
        CliRun two = CliRun.of(concat(new String[] {"classify", "--format", "jsonl", "--separate", "--workers", "2"}, inputs));

        assertThat(one.outLines()).hasSize(9);
        assertThat(two.out()).isEqualTo(one.out());
        assertThat(two.err()).isEqualTo(one.err());
    }

    @Test
    void groupedTwoWorkersWriteTheSameRecordsInTheSameOrderAsOne() {
        String[] inputs = {"seeds", "src/test/resources/corpus/unseen", dir.resolve("missing.txt").toString()};

        CliRun one = CliRun.of(concat(new String[] {"classify", "--format", "jsonl", "--workers", "1"}, inputs));
        CliRun two = CliRun.of(concat(new String[] {"classify", "--format", "jsonl", "--workers", "2"}, inputs));

        // a record as soon as it is known: the missing input first (the ingest finds it before reading the others)
        assertThat(one.outLines().get(0)).contains("\"problem\":\"NOT_FOUND\"").contains("missing.txt");
        assertThat(two.out()).isEqualTo(one.out());
        assertThat(two.err()).isEqualTo(one.err());
    }

    @Test
    void noWorkersIsAUsageError() {
        CliRun run = CliRun.of("classify", "--format", "jsonl", "--separate", "--workers", "-1", "seeds");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly("incident: --workers must be 1 or more (0 means one per core), not -1");
    }

    private static String[] concat(String[] a, String[] b) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray(String[]::new);
    }

    @Test
    void groupedReportsGiveOneRecordForTheIncidentWithBothDocuments() throws IOException {
        CliRun run = CliRun.of("classify", "--format", "jsonl", "seeds");

        List<JsonNode> records = records(run);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).at("/incidents/0/documents"))
                .extracting(JsonNode::asText).containsExactly("000_802d9e333d9d6a38", "002_19eff492fa99377f");
    }

    @Test
    void jsonLinesInAndOutKeepTheRecordsIdsAndDates() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, """
                {"id": "flash-1", "date": "2031-03-02", "source": "Coast Radio", "text": "Gunmen kidnapped four engineers from a pumping station near Valdora on Sunday, police said."}
                {"id": "review-1", "text": "The film about a bank robbery is slow, and the acting is wooden."}
                not json
                """);

        CliRun run = CliRun.of("classify", "--format", "jsonl", "--separate", feed.toString());

        List<JsonNode> records = records(run);
        assertThat(records).extracting(r -> r.at("/documents/0/id").asText("-") + " " + r.at("/documents/0/date").asText("-")
                        + " " + r.at("/documents/0/source").asText("-") + " " + r.at("/errors/0/problem").asText("-"))
                .containsExactly("flash-1 2031-03-02 Coast Radio -", "review-1 - - -", "- - - BAD_RECORD", "- - - -");
        assertThat(run.errLines()).containsExactly("incident: " + feed + ":3: not JSON: Unrecognized token 'not':"
                + " was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
    }

    private static List<JsonNode> records(CliRun run) {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(read(Path.of("docs/verdict.schema.json")));
        return run.outLines().stream().map(line -> {
            try {
                JsonNode node = JSON.readTree(line);
                assertThat(schema.validate(node)).as(line).isEmpty();
                return node;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
