package org.incidentclassifier.ruleset;

import java.util.List;
import java.util.Map;

/**
 * A rule as declared in a DRL file, read by Drools' own parser: where its {@code rule} keyword stands
 * (relative path, 1-based line and column), its package and name (escapes resolved), its metadata
 * annotations ({@code @id}, {@code @description}, ...) with the quotes removed, and the character span of its
 * {@code then} part (offsets into the file, end exclusive), which is where errors in generated code come from;
 * and the conditions that match no single fact ({@code not}, {@code exists}, {@code accumulate}), which a
 * list of the facts a rule matched cannot show. A {@code query} is read too ({@link #query()} is true): it shares
 * a rule's syntax and build errors, but concludes nothing, so it needs no {@code @id} or test.
 */
public record DrlRule(String file, int line, int column, String packageName, String name,
                      Map<String, String> metadata, int thenStart, int thenEnd, List<Condition> conditions,
                      boolean query) {
    public DrlRule {
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata)); // as written
        conditions = List.copyOf(conditions);
    }

    /** A condition of a rule's {@code when} part over no single fact, with its DRL text (spaces collapsed). */
    public record Condition(Kind kind, String text) {}

    /** What a {@link Condition} asks. */
    public enum Kind {
        /** {@code not Pattern(...)}: no fact matches. */
        NOT,
        /** {@code exists Pattern(...)}: at least one fact matches. */
        EXISTS,
        /** {@code ... from accumulate(...)}: a figure computed over many facts. */
        ACCUMULATE
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
