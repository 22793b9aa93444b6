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
        try {
            return new CommandLine(new IncidentCommand())
                    .setExecutionExceptionHandler(new ErrorReporter())
                    .setParameterExceptionHandler(new ErrorReporter())
                    .execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("incident: out of memory (" + e.getMessage() + "); give Java more with"
                    + " JAVA_TOOL_OPTIONS=-Xmx..., or classify the inputs in smaller batches");
            return ExitCodes.OUT_OF_RESOURCES;
        } catch (StackOverflowError e) {
            System.err.println("incident: an input or a rule nests too deeply (stack overflow); set INCIDENT_DEBUG=1"
                    + " and report it");
            return ExitCodes.OUT_OF_RESOURCES;
        }
    }
}
