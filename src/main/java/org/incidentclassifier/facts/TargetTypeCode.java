package org.incidentclassifier.facts;

/** A row of lexicon/target-types.csv, inserted into every session: a Global Terrorism Database target type, its code and label. */
public record TargetTypeCode(String type, int code, String label) {}
