package org.incidentclassifier.facts;

/**
 * Conclusion of the figure-update rules: a figure replaces an earlier one for the same quantity ("the toll
 * rose to 290" after "207 were killed", or a later-dated report's toll after an earlier report's), so the two
 * are an update, not a disagreement. {@code reason} says how the rule knows which is later. A record.
 */
public record FigureUpdate(String claimId, String earlierClaimId, String reason) {}
