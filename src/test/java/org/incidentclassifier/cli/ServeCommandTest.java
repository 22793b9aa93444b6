package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code incident serve} refuses impossible options before it loads anything. */
class ServeCommandTest {
    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of("serve", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly("incident: --port must be 0..65535 and --max-in-flight 1 or more");
    }

    @Test
    void noRequestsInFlightIsAUsageError() {
        CliRun run = CliRun.of("serve", "--port", "0", "--max-in-flight", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theHelpNamesTheOptions() {
        assertThat(CliRun.of("serve", "--help").out()).startsWith("Usage: incident serve ")
                .contains("--port=PORT", "--bind=ADDRESS", "--store=FILE", "--rules=DIR", "--max-in-flight=N");
    }
}
