package org.incidentclassifier.ruletools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.incidentclassifier.facts.IncidentType;
import org.incidentclassifier.ruleset.NearestName;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads what a test case expects of the verdict, or rejects: {@code incident:}, {@code incidents:},
 * {@code primary:} and the fragments of each kind ({@code types:}, {@code claims:}, ...), a fragment as a map of
 * its fields (nested maps as dotted names) or, for kinds that allow it, as its one shorthand value. Each mistake
 * goes to the case file's problems at its node; the rest is still read.
 */
final class ExpectationReader {
    private static final FieldSpec INCIDENT = FieldSpec.of("incident", FieldType.BOOLEAN);
    private static final FieldSpec INCIDENTS = FieldSpec.of("incidents", FieldType.NUMBER);
    private static final FieldSpec PRIMARY = FieldSpec.of("primary", IncidentType.class);

    private final BiConsumer<Node, String> problem;

    /** @param problem where each mistake goes, with the node it stands at */
    ExpectationReader(BiConsumer<Node, String> problem) {
        this.problem = problem;
    }

    /** The fragments of an {@code expect:} or {@code reject:} entry; {@link Expectations#NONE} when absent. */
    Expectations read(NodeTuple entry) {
        if (entry == null) {
            return Expectations.NONE;
        }
        if (!(entry.getValueNode() instanceof MappingNode mapping)) {
            problem.accept(entry.getValueNode(), YamlReader.key(entry) + ": holds a map of verdict fragments (types:,"
                    + " claims:, ...); found " + YamlReader.describe(entry.getValueNode()));
            return Expectations.NONE;
        }
        Map<String, NodeTuple> map = YamlReader.entries(mapping);
        List<String> known = new ArrayList<>(List.of("incident", "incidents", "primary"));
        for (FragmentKind kind : FragmentKind.values()) {
            known.add(kind.key());
        }
        YamlReader.unknownKeys(map, known, YamlReader.key(entry), problem);
        Boolean incident = null;
        Integer incidents = null;
        Fragment primary = null;
        List<Fragment> fragments = new ArrayList<>();
        for (Map.Entry<String, NodeTuple> e : map.entrySet()) {
            Node node = e.getValue().getValueNode();
            if (e.getKey().equals("incident")) {
                String value = scalarValue(node, INCIDENT);
                incident = value == null ? null : Boolean.valueOf(value);
            } else if (e.getKey().equals("incidents")) {
                String value = scalarValue(node, INCIDENTS);
                incidents = value == null ? null : Integer.valueOf(value);
            } else if (e.getKey().equals("primary")) {
                String value = scalarValue(node, PRIMARY);
                primary = value == null ? null : new Fragment(FragmentKind.TYPE, Map.of("type", value),
                        YamlReader.line(node), YamlReader.column(node));
            } else {
                FragmentKind.byKey(e.getKey()).ifPresent(kind -> fragments.addAll(fragments(kind, node)));
            }
        }
        return new Expectations(incident, incidents, primary, fragments);
    }

    /** A list of fragments, or a single one written without a list. */
    private List<Fragment> fragments(FragmentKind kind, Node node) {
        List<Node> items = node instanceof SequenceNode list ? list.getValue() : List.of(node);
        List<Fragment> fragments = new ArrayList<>();
        for (Node item : items) {
            Fragment fragment = fragment(kind, item);
            if (fragment != null) {
                fragments.add(fragment);
            }
        }
        return fragments;
    }

    private Fragment fragment(FragmentKind kind, Node item) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (YamlReader.text(item) != null) {
            if (kind.shorthand().isEmpty()) {
                problem.accept(item, "a " + kind.noun() + " is written as a map of its fields (" + String.join(", ",
                        kind.fieldNames()) + "), e.g. {" + kind.fieldNames().get(0) + ": ...}");
                return null;
            }
            FieldSpec spec = kind.field(kind.shorthand().get()).orElseThrow();
            String value = scalarValue(item, spec);
            if (value == null) {
                return null;
            }
            fields.put(spec.name(), value);
        } else if (item instanceof MappingNode map) {
            if (!fields(kind, map, "", fields)) {
                return null;
            }
            if (fields.isEmpty()) {
                problem.accept(item, "this " + kind.noun() + " names no field; give at least one of "
                        + String.join(", ", kind.fieldNames()));
                return null;
            }
        } else {
            problem.accept(item, "expected a " + kind.noun() + " here; found " + YamlReader.describe(item));
            return null;
        }
        return new Fragment(kind, fields, YamlReader.line(item), YamlReader.column(item));
    }

    /** Reads a fragment's map, nested maps as dotted names; false when a field is wrong. */
    private boolean fields(FragmentKind kind, MappingNode map, String prefix, Map<String, String> into) {
        boolean ok = true;
        for (Map.Entry<String, NodeTuple> e : YamlReader.entries(map).entrySet()) {
            String name = prefix + e.getKey();
            Node value = e.getValue().getValueNode();
            boolean nested = kind.fieldNames().stream().anyMatch(f -> f.startsWith(name + "."));
            if (nested && value instanceof MappingNode inner) {
                ok &= fields(kind, inner, name + ".", into);
                continue;
            }
            String field = nested ? name + ".name" : name;
            FieldSpec spec = kind.field(field).orElse(null);
            if (spec == null) {
                problem.accept(e.getValue().getKeyNode(), "unknown field '" + name + "' in a " + kind.noun()
                        + "; one of " + String.join(", ", kind.fieldNames()) + NearestName.hint(name, kind.fieldNames()));
                ok = false;
                continue;
            }
            if (YamlReader.isNull(value)) {
                into.put(field, null);
                continue;
            }
            String text = scalarValue(value, spec);
            if (text == null) {
                ok = false;
            } else {
                into.put(field, text);
            }
        }
        return ok;
    }

    private String scalarValue(Node node, FieldSpec spec) {
        return spec.valueOf(node, problem);
    }
}
