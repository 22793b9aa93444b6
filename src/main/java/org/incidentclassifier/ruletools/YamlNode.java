package org.incidentclassifier.ruletools;

import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it stands in its file (1-based line and column), so that a mistake in an
 * analyst's test case can be reported at its place. Scalars keep their text exactly as written.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {
    int line();

    int column();

    /** What the node is, for messages: "a list", "a map", "the text 'x'". */
    String describe();

    /** A single value; {@code isNull} for an empty value, {@code ~} or {@code null}. */
    record Scalar(String text, boolean isNull, int line, int column) implements YamlNode {
        @Override
        public String describe() {
            return isNull ? "an empty value" : "'" + text + "'";
        }
    }

    /** A list. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A map whose keys keep their places too; entries in the order written. */
    record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    /** One key of a map with its place, and its value. */
    record Entry(String key, int line, int column, YamlNode value) {}
}
