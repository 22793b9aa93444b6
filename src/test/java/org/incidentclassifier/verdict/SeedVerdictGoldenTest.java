package org.incidentclassifier.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The full verdict of each seed classified alone, and of both together, against a golden file reviewed by eye
 * (src/test/resources/golden/), the rules' digest and file count masked. After an intended change, regenerate with
 * {@code mvn verify -Dgolden.update=true}, review the diff, and commit it.
 */
class SeedVerdictGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"000_802d9e333d9d6a38.txt", "002_19eff492fa99377f.txt", ""})
    void verdictMatchesTheReviewedGoldenFile(String seed) throws IOException {
        // "" is the seeds directory: both reports, read together as one incident
        Verdict verdict = SharedPipeline.get().classify(new Ingest().read(List.of("seeds/" + seed), null));
        // the rules' digest changes with every rule edit; the golden file pins the verdict, not the rule set
        String json = (new VerdictWriter(true).write(verdict) + "\n")
                .replaceFirst("\"digest\" : \"sha256:[0-9a-f]{64}\"", "\"digest\" : \"sha256:(the digest of rules/)\"")
                .replaceFirst("\"files\" : \\d+", "\"files\" : \"(the number of files in rules/)\"");
        Path golden = GOLDEN.resolve(seed.isEmpty() ? "seeds-together.json" : seed.replace(".txt", ".json"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }

        assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
