package org.incidentclassifier.engine;

/** A compiled rule as analysts know it: its {@code @id}, {@code @description}, name and DRL file. */
public record RuleInfo(String id, String name, String description, String file) {}
