package org.incidentclassifier.facts;

/** Who a count claim counts. Hostage subjects form a small hierarchy used by arithmetic checks. */
public enum Subject {
    HOSTAGES, FOREIGN_HOSTAGES, LOCAL_HOSTAGES, WORKERS, PERPETRATORS, SECURITY_FORCES, CIVILIANS,
    VICTIMS, PEOPLE, FOREIGNERS, CHILDREN, PASSENGERS;

    public boolean isHostages() {
        return this == HOSTAGES || this == FOREIGN_HOSTAGES || this == LOCAL_HOSTAGES;
    }

    /**
     * True when the people counted by this subject are necessarily among those counted by {@code whole}:
     * everyone is among the people, foreign hostages are among the hostages; nothing else is assumed.
     */
    public boolean isPartOf(Subject whole) {
        if (this == whole || whole == PEOPLE) {
            return true; // people counts everyone
        }
        return whole == HOSTAGES && isHostages();
    }

    /** The subject once the claim's status says the people counted were captives ("15 foreigners escaped"). */
    public Subject asCaptives() {
        return switch (this) {
            case FOREIGNERS -> FOREIGN_HOSTAGES;
            case PEOPLE, CIVILIANS, VICTIMS -> HOSTAGES;
            default -> this;
        };
    }

    /**
     * True when figures of the two subjects count the same people: the same subject, or people and victims (a
     * report's "death toll" and its "people killed" are one count).
     */
    public boolean sameCount(Subject other) {
        return this == other || (this == PEOPLE || this == VICTIMS) && (other == PEOPLE || other == VICTIMS);
    }
}
