package org.incidentclassifier.facts;

/**
 * How far an affiliation can be trusted: ASSERTED (one source, no contradiction), CORROBORATED
 * (independent sources agree), CONTESTED (another claim says otherwise), CLAIMED_ONLY (only the group
 * itself says it), KNOWN (recorded in the actor lexicon, not said by the reports).
 */
public enum AffiliationStatus {
    ASSERTED, CORROBORATED, CONTESTED, CLAIMED_ONLY, KNOWN
}
