package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run from a directory that has no rules/ (so the built-in rules are used). */
class ClassifyCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEEDS = Path.of("seeds").toAbsolutePath();
    /** What classify says on stderr when run outside a project: these runs use the rules in the jar. */
    private static final String BUILT_IN_NOTE =
            "incident: no --rules directory given and no ./rules here: using the rules built into the jar";

    @TempDir
    Path cwd;

    @Test
    void classifiesTheSeedsFromAnyDirectoryWithTheBuiltInRules() throws Exception {
        JarRun run = JarRun.in(cwd, null, "classify", SEEDS.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEqualTo(BUILT_IN_NOTE + "\n");
        JsonNode verdict = JSON.readTree(run.out());
        assertThat(verdict.get("schemaVersion").asText()).isEqualTo("1");
        assertThat(verdict.get("provenance").get("rules").get("source").asText()).isEqualTo("built-in");
        assertThat(verdict.get("provenance").get("rules").get("path").isNull()).isTrue();
        assertThat(verdict.get("provenance").get("rules").get("digest").asText())
                .isEqualTo(org.incidentclassifier.ruleset.RuleFiles.fromDirectory(java.nio.file.Path.of("rules")).digest());
        assertThat(verdict.get("documents")).hasSize(2);
        assertThat(verdict.get("incidents").get(0).get("types").get(0).get("type").asText())
                .isEqualTo("HOSTAGE_TAKING_BARRICADE");
    }

    @Test
    void compiledRulesAreCachedOnDiskAndGiveTheSameVerdict() throws IOException {
        Path cache = cwd.resolve("cache");
        java.util.Map<String, String> env = java.util.Map.of("INCIDENT_CACHE_DIR", cache.toString());

        JarRun first = JarRun.withEnv(cwd, env, null, "classify", SEEDS.toString());
        List<Path> entries;
        try (var files = Files.list(cache)) {
            entries = files.toList();
        }
        JarRun second = JarRun.withEnv(cwd, env, null, "classify", SEEDS.toString());

        assertThat(entries).extracting(p -> p.getFileName().toString())
                .hasSize(2)
                .contains("key")
                .anyMatch(name -> name.matches("rules-[0-9a-f]{32}-.*\\.kjar"));
        assertThat(second.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void writesTheVerdictToAFileWhenAsked() throws IOException {
        Path output = cwd.resolve("verdict.json");

        JarRun run = JarRun.in(cwd, null, "classify", "--pretty", "--output", output.toString(),
                SEEDS.resolve("002_19eff492fa99377f.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        String json = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"schemaVersion\" : \"1\",");
        assertThat(JSON.readTree(json).get("documents").get(0).get("id").asText()).isEqualTo("002_19eff492fa99377f");
    }

    @Test
    void readsStandardInput() throws IOException {
        JarRun run = JarRun.in(cwd, "Gunmen killed 12 people in an attack on a hotel, police said.\n", "classify", "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode incident = JSON.readTree(run.out()).get("incidents").get(0);
        assertThat(incident.get("types").get(0).get("type").asText()).isEqualTo("ARMED_ASSAULT");
        assertThat(incident.get("claims").get(0).get("value").asInt()).isEqualTo(12);
        assertThat(incident.get("claims").get(0).get("source").get("kind").asText()).isEqualTo("STATE_OFFICIAL");
    }

    @Test
    void aVerdictThatCannotBeWrittenToStandardOutputIsAFailure() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "/dev/full is missing on this system; the full-disk case cannot be reproduced");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JarRun.JAR.toString(), "classify", SEEDS.resolve("000_802d9e333d9d6a38.txt").toString())
                .directory(cwd.toFile())
                .redirectOutput(full)
                .start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();

        assertThat(process.exitValue()).isEqualTo(ExitCodes.OUTPUT_FAILED);
        assertThat(err.lines()).containsExactly(BUILT_IN_NOTE, "incident: standard output could not be written (disk full or"
                + " pipe closed); the output is lost");
    }

    @Test
    void aMissingFileIsOneLineAndNothingIsClassified() {
        JarRun run = JarRun.in(cwd, null, "classify", "nope.txt");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOTHING_CLASSIFIED);
        assertThat(run.errLines()).containsExactly(BUILT_IN_NOTE, "incident: nope.txt: no such file or directory");
    }

    @Test
    void badInputsAreReportedAndTheGoodOnesStillClassified() throws IOException {
        Files.write(cwd.resolve("empty.txt"), new byte[0]);
        Files.write(cwd.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.createDirectories(cwd.resolve("notext"));
        Files.writeString(cwd.resolve("notext/readme.md"), "not a report");

        JarRun run = JarRun.in(cwd, null, "classify", "empty.txt", "image.txt", "notext", "missing.txt",
                SEEDS.resolve("000_802d9e333d9d6a38.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(run.errLines()).containsExactly(BUILT_IN_NOTE,
                "incident: empty.txt: empty file (0 bytes), nothing to read",
                "incident: image.txt: binary data, not text (contains NUL bytes); give a plain-text file",
                "incident: notext: directory has no .txt files (only *.txt files are read from a directory)",
                "incident: missing.txt: no such file or directory");
        JsonNode verdict = JSON.readTree(run.out());
        assertThat(verdict.get("documents")).hasSize(1);
        assertThat(verdict.get("errors")).hasSize(4);
        assertThat(verdict.get("errors").get(1).get("problem").asText()).isEqualTo("BINARY");
    }

    @Test
    void aRuleSyntaxErrorNamesFileLineAndColumn() throws IOException {
        Path rules = cwd.resolve("my-rules");
        Files.createDirectories(rules.resolve("classify"));
        Files.createDirectories(rules.resolve("lexicon"));
        try (var lexicon = Files.list(Path.of("rules/lexicon").toAbsolutePath())) {
            for (Path file : (Iterable<Path>) lexicon::iterator) {
                Files.copy(file, rules.resolve("lexicon").resolve(file.getFileName()));
            }
        }
        Files.writeString(rules.resolve("classify/broken.drl"),
                "package classify;\n\nrule \"Broken\"\nwhen\n    Trigger( \nthen\nend\n");

        JarRun run = JarRun.in(cwd, null, "classify", "--rules", rules.toString(), SEEDS.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).first().isEqualTo("incident: the rules in " + rules + " do not compile");
        assertThat(run.errLines()).element(1).isEqualTo(rules.resolve("classify/broken.drl")
                + ":7:1: [ERR 102] Line 7:0 mismatched input 'end' in rule \"Broken\"");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExitWithTwoAndAHint() {
        JarRun run = JarRun.in(cwd, null, "classify", "--bogus", "report.txt");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly("incident: Unknown option: '--bogus'",
                "Try 'incident classify --help' for usage.");
    }

    @Test
    void helpAndVersion() {
        JarRun help = JarRun.in(cwd, null, "--help");
        JarRun version = JarRun.in(cwd, null, "--version");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: incident", "classify", "Exit codes:");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out().trim()).isEqualTo("incident 0.1.0 (verdict schema 1)");
    }
}
