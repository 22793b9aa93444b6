package org.incidentclassifier.cli;

/** Exit codes, documented in README.md. */
public final class ExitCodes {
    /** Every input was classified. */
    public static final int OK = 0;
    /** At least one input could not be read or analysed; the others were still classified. */
    public static final int SOME_INPUTS_FAILED = 1;
    /** The command line was wrong (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** The rules directory is missing, or a rule or lexicon file has errors. */
    public static final int RULES_INVALID = 3;
    /** The output file, or standard output, could not be written. */
    public static final int OUTPUT_FAILED = 4;
    /** No input could be classified at all. */
    public static final int NOTHING_CLASSIFIED = 5;
    /** The program ran out of memory or stack; nothing was written. */
    public static final int OUT_OF_RESOURCES = 8;
    /** A bug: an unexpected internal error. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
