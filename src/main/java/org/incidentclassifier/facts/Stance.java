package org.incidentclassifier.facts;

/** How firmly the text puts a claim: "claimed", "reported", "confirmed", "denied", "could not be confirmed", "believed". */
public enum Stance {
    CLAIMED, REPORTED, CONFIRMED, DENIED, UNCONFIRMED, HEDGED
}
