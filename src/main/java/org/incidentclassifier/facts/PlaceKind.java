package org.incidentclassifier.facts;

/** Kinds of places in the gazetteer. */
public enum PlaceKind {
    COUNTRY, REGION, CITY, SITE
}
