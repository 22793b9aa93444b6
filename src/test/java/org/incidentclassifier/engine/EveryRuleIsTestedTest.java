package org.incidentclassifier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.incidentclassifier.ruleset.RuleFiles;
import org.junit.jupiter.api.Test;

/**
 * Every shipped rule has a rule test: its {@code @id} appears, in quotes, in a test source under
 * {@code engine/}. A new rule without a test fails the build; write one with a fact that fires it and a near
 * miss that must not (see {@code engine/rules/}).
 */
class EveryRuleIsTestedTest {
    private static final Path TESTS = Path.of("src/test/java/org/incidentclassifier/engine");

    @Test
    void everyShippedRuleIsNamedByARuleTest() throws Exception {
        List<String> ids = RuleBase.compile(RuleFiles.fromDirectory(Path.of("rules"))).rules().stream()
                .map(RuleInfo::id).toList();
        String tests = testSources();

        // quoted, so that "affiliation-conflict" is not found inside "affiliation-conflict-through-leader"
        List<String> untested = ids.stream().filter(id -> !tests.contains("\"" + id + "\"")).toList();

        assertThat(untested).as("rules whose @id no test under %s names", TESTS).isEmpty();
    }

    private static String testSources() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals(EveryRuleIsTestedTest.class.getSimpleName() + ".java"))
                    .sorted().map(EveryRuleIsTestedTest::read).collect(Collectors.joining("\n"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
