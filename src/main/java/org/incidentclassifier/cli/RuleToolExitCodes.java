package org.incidentclassifier.cli;

/**
 * Exit codes of the analyst commands ({@code rules ...}, {@code explain}) beyond those in {@link ExitCodes},
 * which they share; documented in README.md.
 */
public final class RuleToolExitCodes {
    /** {@code rules test}: a test case failed, or the rules directory has no test cases. */
    public static final int TESTS_FAILED = 6;
    /** {@code rules eval}: a gold file is missing or malformed. */
    public static final int GOLD_INVALID = 7;

    private RuleToolExitCodes() {
    }
}
