package org.incidentclassifier.facts;

/** What a count claim says happened to the people counted. */
public enum ClaimStatus {
    TAKEN, HELD, KILLED, INJURED, ESCAPED, FREED, RELEASED, MISSING, ARRESTED;

    /** Statuses that only apply to people who were captives at some point. */
    public boolean isCaptiveStatus() {
        return this == TAKEN || this == HELD || this == ESCAPED || this == FREED || this == RELEASED;
    }

    /** Ways of leaving captivity alive. */
    public boolean isRelease() {
        return this == ESCAPED || this == FREED || this == RELEASED;
    }
}
