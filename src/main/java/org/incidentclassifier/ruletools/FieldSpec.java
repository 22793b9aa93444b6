package org.incidentclassifier.ruletools;

import java.util.Arrays;
import java.util.List;
import org.incidentclassifier.ruleset.NearestName;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One field a fragment of a test case may pin down: its name in the YAML, its type and, for enums, the
 * enumeration and its values.
 */
public record FieldSpec(String name, FieldType type, String enumeration, List<String> values) {
    public FieldSpec {
        values = List.copyOf(values);
    }

    public static FieldSpec of(String name, FieldType type) {
        return new FieldSpec(name, type, null, List.of());
    }

    public static FieldSpec of(String name, Class<? extends Enum<?>> values) {
        return new FieldSpec(name, FieldType.ENUM, values.getSimpleName(),
                Arrays.stream(values.getEnumConstants()).map(Enum::name).toList());
    }

    /** What the field takes, for the guide: "`ClaimStatus`", "a whole number", "a rule's @id". */
    String describe() {
        return switch (type) {
            case ENUM -> "`" + enumeration + "`";
            case NUMBER -> "a whole number";
            case BOOLEAN -> "true or false";
            case NAME -> "a name, in any case";
            case TEXT -> "words the text contains, in any case";
            case RULE -> "a rule's @id";
        };
    }

    /** The value as the comparison wants it, or an error message for the analyst (starting with "!"). */
    String normalise(String text) {
        String value = text.trim();
        return switch (type) {
            case ENUM -> {
                String upper = value.toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
                yield values.contains(upper) ? upper : "!unknown " + name + " '" + value + "'; one of " + values
                        + NearestName.hint(upper, values);
            }
            case NUMBER -> value.matches("-?\\d+") ? String.valueOf(Integer.parseInt(value))
                    : "!" + name + " must be a whole number, not '" + value + "'";
            case BOOLEAN -> switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes" -> "true";
                case "false", "no" -> "false";
                default -> "!" + name + " must be true or false, not '" + value + "'";
            };
            case NAME, TEXT, RULE -> value;
        };
    }

    /** True when the verdict's value satisfies the expected (normalised) value; null expects no value. */
    boolean accepts(String expected, String actual) {
        if (expected == null || actual == null) {
            return expected == null && actual == null;
        }
        return switch (type) {
            case ENUM, NAME -> expected.equalsIgnoreCase(actual);
            case TEXT -> actual.toLowerCase(java.util.Locale.ROOT).contains(expected.toLowerCase(java.util.Locale.ROOT));
            case NUMBER, BOOLEAN, RULE -> expected.equals(actual);
        };
    }

    /** The node's single value normalised for this field, or null after reporting why it is not acceptable. */
    public String valueOf(Node node, java.util.function.BiConsumer<Node, String> problem) {
        String text = YamlReader.text(node);
        if (text == null) {
            problem.accept(node, name() + " needs a single value; found " + YamlReader.describe(node));
            return null;
        }
        String value = normalise(text);
        if (value.startsWith("!")) {
            problem.accept(node, value.substring(1));
            return null;
        }
        return value;
    }
}
