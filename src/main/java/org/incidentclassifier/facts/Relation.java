package org.incidentclassifier.facts;

/** How one actor stands to another, as a text or the lexicon says. */
public enum Relation {
    AFFILIATED_TO, MEMBER_OF, LED_BY, LOYAL_TO, BROKE_AWAY_FROM
}
