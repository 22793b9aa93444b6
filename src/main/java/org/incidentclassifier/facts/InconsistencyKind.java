package org.incidentclassifier.facts;

/**
 * Kinds of claims that cannot all be true; {@code COUNT_DIFFERENCE} is the mild one: figures for one quantity
 * that differ although their ranges overlap, so both can hold ("at least 6" against "as many as 14");
 * {@code RESPONSIBILITY_CONFLICT}: one report says no one has claimed the attack, another that a group has.
 */
public enum InconsistencyKind {
    ARITHMETIC, COUNT_CONFLICT, AFFILIATION_CONFLICT, UNCONFIRMED_CLAIM, COERCED_STATEMENT, COUNT_DIFFERENCE,
    RESPONSIBILITY_CONFLICT
}
