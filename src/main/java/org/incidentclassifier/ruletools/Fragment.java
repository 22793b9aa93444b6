package org.incidentclassifier.ruletools;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One verdict fragment from a test case: its kind and the fields it pins down (normalised values; a null value
 * expects the verdict's field to be empty), and where the analyst wrote it.
 */
record Fragment(FragmentKind kind, Map<String, String> fields, int line, int column) {
    Fragment {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** True when the verdict entry (field name to its values) agrees with every field this fragment gives. */
    boolean matches(Map<String, List<String>> entry) {
        for (Map.Entry<String, String> expected : fields.entrySet()) {
            FieldSpec spec = kind.field(expected.getKey()).orElseThrow();
            List<String> actual = entry.getOrDefault(expected.getKey(), List.of());
            boolean agrees = actual.isEmpty() ? expected.getValue() == null
                    : actual.stream().anyMatch(a -> spec.accepts(expected.getValue(), a));
            if (!agrees) {
                return false;
            }
        }
        return true;
    }

    /** "claim {status: KILLED, value: 35}" */
    @Override
    public String toString() {
        if (fields.size() == 1 && kind.shorthand().filter(fields::containsKey).isPresent()) {
            return kind.noun() + " " + fields.values().iterator().next();
        }
        StringJoiner text = new StringJoiner(", ", kind.noun() + " {", "}");
        fields.forEach((name, value) -> text.add(name + ": " + (value == null ? "null" : value)));
        return text.toString();
    }
}
