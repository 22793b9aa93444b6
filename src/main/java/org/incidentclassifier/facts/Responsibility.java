package org.incidentclassifier.facts;

/**
 * Conclusion of the responsibility rules (rules/actors/responsibility.drl): what one sentence says about who
 * claimed the incident. Several may hold for one incident (a first report says no one has claimed it, a later one
 * that a group has); the verdict shows the strongest, a claim over a denial over no claim, with the rule and the
 * words it rests on. Identity semantics, as for {@link Classification}: each rule's conclusion is its own.
 */
public final class Responsibility {
    private final ResponsibilityStatus status;

    public Responsibility(ResponsibilityStatus status) {
        this.status = status;
    }

    public ResponsibilityStatus getStatus() {
        return status;
    }

    @Override
    public String toString() {
        return "Responsibility[" + status + "]";
    }
}
