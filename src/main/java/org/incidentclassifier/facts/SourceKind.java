package org.incidentclassifier.facts;

/** What kind of source a claim comes from; credibility rules grade claims by it. */
public enum SourceKind {
    PERPETRATOR, PERPETRATOR_CONDUIT, STATE_OFFICIAL, STATE_MEDIA, INDEPENDENT_MEDIA, WIRE_AGENCY,
    WITNESS, CAPTIVE, COMPANY, GOVERNMENT, UNKNOWN
}
