package org.incidentclassifier.facts;

/** A place named in the text, resolved to its canonical name and ISO country code through the gazetteer. */
public record PlaceMention(String document, String name, String matchedText, PlaceKind kind, String country,
                           Evidence evidence) implements Evidenced {}
