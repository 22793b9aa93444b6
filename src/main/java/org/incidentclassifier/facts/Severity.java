package org.incidentclassifier.facts;

/** How much an inconsistency should worry an analyst. */
public enum Severity {
    LOW, MEDIUM, HIGH
}
