package org.incidentclassifier.facts;

/**
 * What the reports say about responsibility for the incident: {@code CLAIMED} (a group claims the attack, or says
 * it holds the hostages), {@code DENIED} (a group named in the report says it did not do it, or has not claimed
 * it), {@code NOT_CLAIMED} (the text says no one has claimed it). When the reports say nothing about it there is
 * no conclusion: unknown.
 */
public enum ResponsibilityStatus {
    CLAIMED, DENIED, NOT_CLAIMED
}
