package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The help, completion and suggestions of the command line, and the facts output's envelope. */
class CommandLineHelpTest {
    @TempDir
    Path temp;

    @Test
    void helpNamesACommandAndPrintsItsUsage() {
        CliRun run = CliRun.of("help", "classify");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Usage: incident classify ").isEqualTo(CliRun.of("classify", "--help").out());
    }

    @Test
    void helpOfARulesCommandWorksTooAndAnUnknownOneIsAUsageError() {
        assertThat(CliRun.of("rules", "help", "check").out()).startsWith("Usage: incident rules check ");

        CliRun unknown = CliRun.of("help", "clasify");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("Unknown subcommand 'clasify'");
    }

    @Test
    void aMisspeltCommandGetsASuggestion() {
        CliRun run = CliRun.of("clasify", "seeds");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly("incident: Unmatched arguments from index 0: 'clasify', 'seeds'",
                "Did you mean: incident classify or incident explain?", "Try 'incident --help' for usage.");
    }

    @Test
    void completionPrintsABashScriptForEveryCommand() {
        CliRun run = CliRun.of("completion");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("#!/usr/bin/env bash")
                .contains("complete -F _complete_incident -o default incident ")
                .contains("classify", "explain", "facts", "rules", "check", "--format", "--rules");
    }

    @Test
    void factsCarryASchemaVersionAndGoToAFileWithOutput() throws IOException {
        Path report = Files.writeString(temp.resolve("hotel.txt"), "Gunmen killed 12 people in a hotel, police said.\n");
        Path output = temp.resolve("facts.json");

        CliRun run = CliRun.of("facts", "--rules", "rules", "-o", output.toString(), report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        JsonNode facts = new ObjectMapper().readTree(output.toFile());
        assertThat(facts.get("schemaVersion").asText()).isEqualTo("1");
        assertThat(facts.get("documents")).hasSize(1);
        assertThat(facts.get("documents").get(0).get("claims").get(0).get("value").asInt()).isEqualTo(12);
    }
}
