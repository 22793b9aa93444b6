package org.incidentclassifier.facts;

/**
 * Conclusion of the credibility rules: the grade a claim gets from its source and stance, possibly raised by
 * corroboration. Lower credibility numbers are more credible. A record: one grade per claim and reason.
 */
public record ClaimGrade(String claimId, String reliability, int credibility, String reason) {}
