package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code incident watch} refuses what it cannot watch before it loads anything. */
class WatchCommandTest {
    @Test
    void aMissingDirectoryIsAUsageError() {
        CliRun run = CliRun.of("watch", "no/such/dir");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly("incident: no/such/dir: not a directory");
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheFormats() {
        CliRun run = CliRun.of("watch", "--format", "xml", ".");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("text, jsonl");
    }

    @Test
    void theHelpNamesTheOptions() {
        assertThat(CliRun.of("watch", "--help").out()).startsWith("Usage: incident watch ")
                .contains("--format=FORMAT", "--interval=MS", "--rules=DIR", "--store=FILE", "DIR");
    }

    @Test
    void aStoreThatCannotBeOpenedIsReportedWithItsPathAndTheOutputStatus() {
        CliRun run = CliRun.of("watch", "--store", "no/such/dir/desk.db", ".");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OUTPUT_FAILED);
        assertThat(run.errLines()).anyMatch(l -> l.startsWith("incident: the desk's store no/such/dir/desk.db failed: "));
    }
}
