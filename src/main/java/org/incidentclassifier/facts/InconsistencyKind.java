package org.incidentclassifier.facts;

/** Kinds of claims that cannot all be true. */
public enum InconsistencyKind {
    ARITHMETIC, COUNT_CONFLICT, AFFILIATION_CONFLICT, UNCONFIRMED_CLAIM, COERCED_STATEMENT
}
