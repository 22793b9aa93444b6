package org.incidentclassifier.facts;

/**
 * A facility the text names as the scene or target: "gas field", "school", "shopping mall", "aircraft".
 * {@code kind} and {@code targetType} (Global Terrorism Database target type) come from lexicon/facilities.csv.
 */
public record Facility(String document, String kind, String targetType, Evidence evidence) implements Evidenced {}
