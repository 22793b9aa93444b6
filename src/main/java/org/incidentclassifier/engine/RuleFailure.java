package org.incidentclassifier.engine;

/** A rule whose action threw while reasoning over a document: reported with the rule's id, the batch goes on. */
public final class RuleFailure extends Exception {
    private final String rule;

    public RuleFailure(String rule, String message, Throwable cause) {
        super("rule " + rule + " failed: " + message, cause);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
