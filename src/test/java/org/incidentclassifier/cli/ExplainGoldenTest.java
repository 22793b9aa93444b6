package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code explain} of both seeds, as text and as JSON, against golden files reviewed by eye
 * (src/test/resources/golden/explain-seeds.*). After an intended change to the rules, the extraction or the
 * explanation, regenerate with {@code mvn verify -Dgolden.update=true}, review the diff, and commit it.
 */
class ExplainGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void explainOfTheSeedsMatchesTheReviewedGoldenFile(String format) throws IOException {
        CliRun run = CliRun.of("explain", "--rules", "rules", "--format", format, "seeds");
        Path golden = GOLDEN.resolve("explain-seeds." + (format.equals("json") ? "json" : "txt"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
        }

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(run.out()).doesNotContain("Source[").doesNotContainPattern("identity: (\\S+) is \\1\\b");
        if (format.equals("json")) {
            JsonNode json = new ObjectMapper().readTree(run.out());
            assertThat(json.get("schemaVersion").asText()).isEqualTo("1");
            assertThat(json.get("explanations")).extracting(e -> e.get("kind").asText())
                    .containsExactly("document", "document", "incident");
        }
    }
}
