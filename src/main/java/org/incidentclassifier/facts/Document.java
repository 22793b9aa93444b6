package org.incidentclassifier.facts;

/** One input report: its id (file name without extension) and the path it was read from. */
public record Document(String id, String path) {}
