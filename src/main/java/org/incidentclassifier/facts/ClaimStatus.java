package org.incidentclassifier.facts;

/** What a count claim says happened to the people counted. */
public enum ClaimStatus {
    TAKEN("were taken"), HELD("were held"), KILLED("were killed"), INJURED("were injured"), ESCAPED("escaped"),
    FREED("were freed"), RELEASED("were released"), MISSING("are missing"), ARRESTED("were arrested");

    private final String predicate;

    ClaimStatus(String predicate) {
        this.predicate = predicate;
    }

    /** The status as the predicate of a sentence about people: "15 hostages were freed", "5 escaped". */
    public String predicate() {
        return predicate;
    }

    /** Statuses that only apply to people who were captives at some point. */
    public boolean isCaptiveStatus() {
        return this == TAKEN || this == HELD || this == ESCAPED || this == FREED || this == RELEASED;
    }

    /** Ways of leaving captivity alive. */
    public boolean isRelease() {
        return this == ESCAPED || this == FREED || this == RELEASED;
    }

    /**
     * True when figures of the two statuses count the same people: the same status, or freed and released
     * (people let go by their captors and people set free by others are one count in reports).
     */
    public boolean sameOutcome(ClaimStatus other) {
        return this == other || (this == FREED || this == RELEASED) && (other == FREED || other == RELEASED);
    }
}
