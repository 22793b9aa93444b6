package org.incidentclassifier.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns usage errors and unexpected failures into one clear message on stderr and an exit code, never a stack trace. */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("incident: " + ex.getMessage());
        // a misspelt command or option: picocli knows the near names ("Did you mean: classify?")
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        cmd.getErr().println("incident: internal error: " + ex);
        if (System.getenv("INCIDENT_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        } else {
            cmd.getErr().println("Set INCIDENT_DEBUG=1 to see the stack trace, and please report it.");
        }
        return ExitCodes.INTERNAL_ERROR;
    }
}
