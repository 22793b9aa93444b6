package org.incidentclassifier.ruletools;

import java.util.Map;

/**
 * A rule as declared in a DRL file: where its {@code rule} keyword stands (relative path, 1-based line and
 * column), its package and name, and its metadata annotations ({@code @id}, {@code @description}, ...) with
 * the quotes removed. Found by reading the text, since the compiled rule base keeps no line numbers.
 */
public record DrlRule(String file, int line, int column, String packageName, String name,
                      Map<String, String> metadata) {
    public DrlRule {
        metadata = Map.copyOf(metadata);
    }

    /** The rule's {@code @id}, or null when it has none. */
    public String id() {
        return metadata.get("id");
    }

    /** The rule's {@code @description}, or null when it has none. */
    public String description() {
        return metadata.get("description");
    }

    /** "classify/attacks.drl:30" */
    public String place() {
        return file + ":" + line;
    }
}
