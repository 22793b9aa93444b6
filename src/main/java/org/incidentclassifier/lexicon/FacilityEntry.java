package org.incidentclassifier.lexicon;

/** A row of facilities.csv: a facility word, its kind and its Global Terrorism Database target type. */
public record FacilityEntry(String kind, String targetType) {}
