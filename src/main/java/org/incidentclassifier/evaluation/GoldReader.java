package org.incidentclassifier.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.InconsistencyKind;
import org.incidentclassifier.facts.IncidentType;
import org.incidentclassifier.ruleset.NearestName;
import org.incidentclassifier.ruleset.RuleProblem;
import org.incidentclassifier.ruletools.FieldSpec;
import org.incidentclassifier.ruletools.FieldType;
import org.incidentclassifier.ruletools.YamlReader;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a gold file:
 * <pre>
 * incident: true
 * types: [HOSTAGE_TAKING_BARRICADE, ARMED_ASSAULT]
 * claims:
 *   - { status: KILLED, value: 35 }
 * affiliations:
 *   - { actor: al-shabaab, relation: LOYAL_TO, target: al-qaeda }
 * inconsistencies: [ARITHMETIC]
 * </pre>
 * Mistakes are located problems; a file with a mistake yields no gold.
 */
final class GoldReader {
    private static final List<String> KEYS = List.of("incident", "types", "claims", "affiliations",
            "inconsistencies", "note");
    private static final FieldSpec INCIDENT = FieldSpec.of("incident", FieldType.BOOLEAN);
    private static final FieldSpec TYPE = FieldSpec.of("type", IncidentType.class);
    private static final FieldSpec STATUS = FieldSpec.of("status", ClaimStatus.class);
    private static final FieldSpec VALUE = FieldSpec.of("value", FieldType.NUMBER);
    private static final FieldSpec KIND = FieldSpec.of("inconsistency kind", InconsistencyKind.class);
    private static final FieldSpec NAME = FieldSpec.of("name", FieldType.NAME);

    private final String file;
    private final List<RuleProblem> problems;
    private final Set<EvalItem> items = new TreeSet<>();

    private GoldReader(String file, List<RuleProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The gold of one document, or null after adding the file's problems to {@code problems}. */
    static GoldFile read(String file, String document, String yaml, List<RuleProblem> problems) {
        int before = problems.size();
        GoldReader reader = new GoldReader(file, problems);
        Node root = YamlReader.read(file, yaml, problems);
        if (root == null && problems.size() == before) {
            problems.add(new RuleProblem(file, 1, 1, "the gold file is empty; it needs at least incident: true or"
                    + " false"));
        } else if (root != null) {
            reader.gold(root);
        }
        return problems.size() == before ? new GoldFile(document, reader.items) : null;
    }

    private void gold(Node root) {
        if (!(root instanceof MappingNode map)) {
            problem(root, "a gold file is a map with incident, types, claims, affiliations and inconsistencies;"
                    + " found " + YamlReader.describe(root));
            return;
        }
        Map<String, NodeTuple> entries = YamlReader.entries(map);
        entries.forEach((key, e) -> {
            if (!KEYS.contains(key)) {
                problem(e.getKeyNode(), "unknown key '" + key + "' in a gold file; one of " + String.join(", ", KEYS)
                        + NearestName.hint(key, KEYS));
            }
        });
        NodeTuple incident = entries.get("incident");
        if (incident == null) {
            problem(map, "the gold file does not say incident: true or incident: false");
        } else if ("true".equals(value(incident.getValueNode(), INCIDENT))) {
            items.add(new EvalItem(EvalCategory.INCIDENT, "incident"));
        }
        boolean first = true;
        for (Node item : list(entries, "types")) {
            String type = value(item, TYPE);
            add(EvalCategory.TYPE, type);
            if (first) {
                add(EvalCategory.PRIMARY_TYPE, type); // the gold lists the main event's type first
                first = false;
            }
        }
        for (Node item : list(entries, "inconsistencies")) {
            add(EvalCategory.INCONSISTENCY, value(item, KIND));
        }
        for (Node item : list(entries, "claims")) {
            Map<String, NodeTuple> claim = fields(item, "a claim", "status", "value");
            if (claim != null) {
                String status = value(field(claim, "status"), STATUS);
                String number = value(field(claim, "value"), VALUE);
                if (status != null && number != null) {
                    add(EvalCategory.CLAIM, status + " " + number);
                }
            }
        }
        for (Node item : list(entries, "affiliations")) {
            Map<String, NodeTuple> affiliation = fields(item, "an affiliation", "actor", "relation", "target");
            if (affiliation != null) {
                String actor = value(field(affiliation, "actor"), NAME);
                String relation = value(field(affiliation, "relation"), NAME);
                String target = value(field(affiliation, "target"), NAME);
                if (actor != null && relation != null && target != null) {
                    add(EvalCategory.AFFILIATION, affiliation(actor, relation, target));
                }
            }
        }
        if (items.stream().noneMatch(i -> i.category() == EvalCategory.INCIDENT)
                && items.stream().anyMatch(i -> i.category() != EvalCategory.INCIDENT)) {
            problem(map, "incident: false, but the file lists types, claims, affiliations or inconsistencies;"
                    + " a verdict holds them only for an incident");
        }
    }

    /** How an affiliation is compared: "al-shabaab LOYAL_TO al-qaeda" (ids lower-case). */
    static String affiliation(String actor, String relation, String target) {
        return actor.toLowerCase(java.util.Locale.ROOT) + " " + relation.toUpperCase(java.util.Locale.ROOT)
                .replace(' ', '_') + " " + target.toLowerCase(java.util.Locale.ROOT);
    }

    private void add(EvalCategory category, String label) {
        if (label != null) {
            items.add(new EvalItem(category, label));
        }
    }

    private List<Node> list(Map<String, NodeTuple> entries, String key) {
        NodeTuple entry = entries.get(key);
        if (entry == null || YamlReader.isNull(entry.getValueNode())) {
            return List.of();
        }
        if (entry.getValueNode() instanceof SequenceNode list) {
            return list.getValue();
        }
        problem(entry.getValueNode(), key + ": holds a list; found " + YamlReader.describe(entry.getValueNode()));
        return List.of();
    }

    private Map<String, NodeTuple> fields(Node item, String what, String... required) {
        if (!(item instanceof MappingNode map)) {
            problem(item, what + " is a map of " + String.join(", ", required) + "; found "
                    + YamlReader.describe(item));
            return null;
        }
        boolean ok = true;
        Map<String, NodeTuple> entries = YamlReader.entries(map);
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!List.of(required).contains(e.getKey())) {
                problem(e.getValue().getKeyNode(), "unknown field '" + e.getKey() + "' in " + what + "; one of "
                        + String.join(", ", required) + NearestName.hint(e.getKey(), List.of(required)));
                ok = false;
            }
        }
        for (String key : required) {
            if (!entries.containsKey(key)) {
                problem(map, what + " needs " + key + ":");
                ok = false;
            }
        }
        return ok ? entries : null;
    }

    private static Node field(Map<String, NodeTuple> entries, String key) {
        return entries.get(key).getValueNode();
    }

    private String value(Node node, FieldSpec spec) {
        return spec.valueOf(node, this::problem);
    }

    private void problem(Node node, String message) {
        problems.add(new RuleProblem(file, YamlReader.line(node), YamlReader.column(node), message));
    }
}
