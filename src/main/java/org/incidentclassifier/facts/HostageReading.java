package org.incidentclassifier.facts;

/**
 * Conclusion: in this incident, figures of "hostages" without a nationality refer to the hostages of the
 * given subject (say the perpetrators' 41 hostages are the 41 foreign hostages), so arithmetic may count
 * them against that whole. A record: one reading per subject.
 */
public record HostageReading(Subject meaning) {}
