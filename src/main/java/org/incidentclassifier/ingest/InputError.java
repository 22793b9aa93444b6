package org.incidentclassifier.ingest;

import java.util.Objects;

/**
 * One input that could not be read.
 *
 * @param path    the path as the user gave it ({@code -} for standard input), or the file inside a
 *                given directory
 * @param problem the kind of problem, for exit codes and machine-readable reports
 * @param message one line for the user naming the problem and, where possible, the fix; it does not
 *                repeat the path (the CLI prefixes it)
 */
public record InputError(String path, InputProblem problem, String message) implements IngestOutcome {

    public InputError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(message, "message");
    }
}
