package org.incidentclassifier.facts;

/**
 * An event word or phrase from the trigger lexicon ("hostage-takers", "helicopter strikes", "stormed the").
 * {@code negated}: the text denies it ("did not attack"); {@code hypothetical}: threatened, planned or
 * conditional ("threatened to kill", "would blow up").
 */
public record Trigger(String document, TriggerKind kind, String phrase, boolean negated, boolean hypothetical,
                      Evidence evidence) implements Evidenced {

    /** A trigger that reports something that happened. */
    public boolean isFactual() {
        return !negated && !hypothetical;
    }
}
