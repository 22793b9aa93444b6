package org.incidentclassifier.ingest;

/** Why an input could not become a document. */
public enum InputProblem {
    /** The path does not exist. */
    NOT_FOUND,
    /** The path exists but could not be read (permissions, I/O error). */
    NOT_READABLE,
    /** The input is larger than {@link Ingest#MAX_BYTES}. */
    TOO_LARGE,
    /** The input has no bytes, or only whitespace. */
    EMPTY,
    /** The input looks like binary data (NUL bytes or many control characters), not text. */
    BINARY,
    /** A directory was given but it holds no {@code *.txt} file. */
    NO_TEXT_FILES,
    /** A line of a JSON Lines input is not a report record (not JSON, an unknown field, a bad date). */
    BAD_RECORD
}
