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
            CommandLine commandLine = new CommandLine(new IncidentCommand())
                    .setExecutionExceptionHandler(new ErrorReporter())
                    .setParameterExceptionHandler(new ErrorReporter());
            int exitCode = commandLine.execute(args);
            return outputLost(commandLine) ? ExitCodes.OUTPUT_FAILED : exitCode;
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

    /**
     * Whether standard output failed (a full disk, {@code /dev/full}, a closed pipe): picocli's writer
     * swallows the error, and exiting 0 would tell a script that a verdict it never got was written.
     */
    private static boolean outputLost(CommandLine commandLine) {
        // picocli's writer wraps System.out, a PrintStream that keeps its own error flag: ask both
        if (!commandLine.getOut().checkError() && !System.out.checkError()) {
            return false;
        }
        System.err.println("incident: standard output could not be written (disk full or pipe closed);"
                + " the output is lost");
        return true;
    }
}
