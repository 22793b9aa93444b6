package org.incidentclassifier.spark;

import java.io.PrintWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentclassifier.cli.ExitCodes;

/**
 * What the driver says when the job stops: one line and the CLI's exit code, never a stack trace (unless
 * {@code INCIDENT_DEBUG=1}). A report's own failure never gets here: it is an error record in the output.
 */
final class JobFailures {
    /** An executor's refusal as Spark relays it: the exception's class and message inside the task failure text. */
    private static final Pattern RELAYED = Pattern.compile(
            Pattern.quote(ExecutorPipeline.RulesNotUsable.class.getName()) + ": ([^\\n]*)");

    private JobFailures() {
    }

    static int report(Exception e, PrintWriter err) {
        if (System.getenv("INCIDENT_DEBUG") != null) {
            e.printStackTrace(err);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ExecutorPipeline.RulesNotUsable refused) {
                return rulesNotUsable(refused.getMessage(), err);
            }
        }
        String message = String.valueOf(e.getMessage());
        Matcher relayed = RELAYED.matcher(message);
        if (relayed.find()) {
            return rulesNotUsable(relayed.group(1), err);
        }
        if (message.contains("PATH_NOT_FOUND")) {
            err.println("incident-spark: no input: " + firstLine(message));
            return ExitCodes.NOTHING_CLASSIFIED;
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        err.println("incident-spark: the job failed: " + root.getClass().getSimpleName() + ": "
                + firstLine(String.valueOf(root.getMessage())) + " (INCIDENT_DEBUG=1 shows the stack trace)");
        return ExitCodes.INTERNAL_ERROR;
    }

    private static int rulesNotUsable(String message, PrintWriter err) {
        err.println("incident-spark: an executor cannot use the rules the driver compiled: " + message);
        return ExitCodes.RULES_INVALID;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
