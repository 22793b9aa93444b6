package org.incidentclassifier.ruleset;

/** One problem in a rule or lexicon file, located for the analyst (line and column 1-based, 0 when unknown). */
public record RuleProblem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
