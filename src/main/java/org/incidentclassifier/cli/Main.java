package org.incidentclassifier.cli;

import picocli.CommandLine;

/** The {@code incident} command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (see {@link ExitCodes}). */
    public static int run(String... args) {
        return new CommandLine(new IncidentCommand())
                .setExecutionExceptionHandler(new ErrorReporter())
                .setParameterExceptionHandler(new ErrorReporter())
                .execute(args);
    }
}
