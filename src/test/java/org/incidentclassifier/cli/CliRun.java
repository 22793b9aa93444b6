package org.incidentclassifier.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in this JVM, as {@link Main#run} does, capturing what it prints (fast: no new JVM). */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new IncidentCommand())
                .setExecutionExceptionHandler(new ErrorReporter())
                .setParameterExceptionHandler(new ErrorReporter())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CliRun(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
