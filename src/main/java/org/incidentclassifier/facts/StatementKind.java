package org.incidentclassifier.facts;

/** What a statement is: a DEMAND, a THREAT, or what a speaker says about their TREATMENT. */
public enum StatementKind {
    DEMAND, THREAT, TREATMENT
}
