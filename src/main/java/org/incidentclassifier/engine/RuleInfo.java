package org.incidentclassifier.engine;

import org.incidentclassifier.facts.Severity;

/**
 * A compiled rule as analysts know it: its {@code @id}, {@code @description}, name and DRL file, and the
 * severity its {@code @severity} sets on the inconsistencies it inserts (null when it has none).
 */
public record RuleInfo(String id, String name, String description, String file, Severity severity) {}
