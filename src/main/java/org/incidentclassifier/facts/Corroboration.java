package org.incidentclassifier.facts;

/**
 * Conclusion of the credibility rules: another source (another document, or another named source) gives a
 * figure for the same people and status whose range overlaps this claim's. A record.
 */
public record Corroboration(String claimId, String byClaimId) {}
