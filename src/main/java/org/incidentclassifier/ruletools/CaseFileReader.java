package org.incidentclassifier.ruletools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.facts.IncidentType;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.NearestName;
import org.incidentclassifier.ruleset.RuleProblem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the analysts' test cases from {@code tests/*.yaml} in a rules directory. Every mistake (unknown key,
 * unknown value, missing text, a file that does not exist) is reported at its line and column, and the other
 * cases are still read.
 */
final class CaseFileReader {
    private static final List<String> CASE_KEYS = List.of("name", "text", "file", "documents", "expect", "reject",
            "note");
    private static final List<String> DOCUMENT_KEYS = List.of("text", "file", "id");
    private static final FieldSpec INCIDENT = FieldSpec.of("incident", FieldType.BOOLEAN);
    private static final FieldSpec INCIDENTS = FieldSpec.of("incidents", FieldType.NUMBER);
    private static final FieldSpec PRIMARY = FieldSpec.of("primary", IncidentType.class);

    private final RuleFiles files;
    private final String relative;
    private final String display;
    private final List<RuleProblem> problems;

    private CaseFileReader(RuleFiles files, String relative, List<RuleProblem> problems) {
        this.files = files;
        this.relative = relative;
        this.display = files.displayPath(relative);
        this.problems = problems;
    }

    /** The case files of a rule set: every *.yaml or *.yml under tests/, sorted. */
    static List<String> caseFiles(RuleFiles files) {
        return files.files().keySet().stream()
                .filter(p -> p.startsWith("tests/") && (p.endsWith(".yaml") || p.endsWith(".yml")))
                .toList();
    }

    /** The well-formed cases of one file; problems with the others are added to {@code problems}. */
    static List<TestCase> read(RuleFiles files, String relative, List<RuleProblem> problems) {
        return new CaseFileReader(files, relative, problems).cases();
    }

    private List<TestCase> cases() {
        Node root = YamlReader.read(display, files.files().get(relative), problems);
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof SequenceNode list)) {
            problem(root, "a case file is a list of cases, each starting with '- name:'; found "
                    + YamlReader.describe(root));
            return List.of();
        }
        List<TestCase> cases = new ArrayList<>();
        String stem = relative.substring(relative.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        for (int i = 0; i < list.getValue().size(); i++) {
            TestCase c = testCase(list.getValue().get(i), stem + "-" + (i + 1));
            if (c != null) {
                cases.add(c);
            }
        }
        return cases;
    }

    private TestCase testCase(Node node, String id) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, "a case is a map with name, text (or file, or documents), expect and reject; found "
                    + YamlReader.describe(node));
            return null;
        }
        int before = problems.size();
        Map<String, NodeTuple> map = YamlReader.entries(mapping);
        unknownKeys(map, CASE_KEYS, "a case");
        String name = text(map, "name");
        if (!map.containsKey("name")) {
            problem(mapping, "the case has no name; start it with '- name: what the case shows'");
        }
        List<CaseDocument> documents = documents(mapping, map, id);
        Expectations expect = expectations(map.get("expect"));
        Expectations reject = expectations(map.get("reject"));
        if (expect.isEmpty() && reject.isEmpty() && problems.size() == before) {
            problem(mapping, "case \"" + name + "\" expects nothing; add expect: or reject: with what the verdict"
                    + " must or must not contain");
        }
        return problems.size() == before ? new TestCase(relative, YamlReader.line(mapping),
                YamlReader.column(mapping), name, documents, expect, reject) : null;
    }

    /** The case's reports: its text or file, or each item of its documents: list. */
    private List<CaseDocument> documents(MappingNode mapping, Map<String, NodeTuple> map, String id) {
        long given = java.util.stream.Stream.of("text", "file", "documents").filter(map::containsKey).count();
        if (given == 0) {
            problem(mapping, "the case has no text; add text: (the words to classify), file: (a path relative to the"
                    + " rules directory) or documents: (several reports classified together)");
            return List.of();
        }
        if (given > 1) {
            problem(mapping, "give one of text:, file: or documents:, not several");
            return List.of();
        }
        NodeTuple list = map.get("documents");
        if (list == null) {
            CaseDocument only = document(map, id);
            return only == null ? List.of() : List.of(only);
        }
        Node value = list.getValueNode();
        if (!(value instanceof SequenceNode items) || items.getValue().isEmpty()) {
            problem(value, "documents: holds a list of reports, each with text: or file:; found "
                    + (value instanceof SequenceNode ? "an empty list" : YamlReader.describe(value)));
            return List.of();
        }
        List<CaseDocument> documents = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < items.getValue().size(); i++) {
            Node item = items.getValue().get(i);
            if (!(item instanceof MappingNode reportNode)) {
                problem(item, "a report under documents: is a map with text: or file: (and an optional id:); found "
                        + YamlReader.describe(item));
                continue;
            }
            Map<String, NodeTuple> report = YamlReader.entries(reportNode);
            unknownKeys(report, DOCUMENT_KEYS, "a report");
            if (report.containsKey("text") == report.containsKey("file")) {
                problem(reportNode, "a report under documents: has either text: or file:");
                continue;
            }
            CaseDocument d = document(report, id + "-" + (i + 1));
            if (d != null && !ids.add(d.id())) {
                problem(reportNode, "two reports of this case have the id '" + d.id() + "'; give one an id:");
            } else if (d != null) {
                documents.add(d);
            }
        }
        return documents;
    }

    /**
     * One report: inline text (its id {@code id} unless it gives one), or the content of a file relative to the
     * rules directory (its id the file's name without extension).
     */
    private CaseDocument document(Map<String, NodeTuple> map, String id) {
        String explicit = map.containsKey("id") ? text(map, "id") : null;
        if (map.containsKey("text")) {
            String text = text(map, "text");
            return text == null ? null : new CaseDocument(explicit != null ? explicit : id, text);
        }
        NodeTuple file = map.get("file");
        String path = text(map, "file");
        if (path == null) {
            return null;
        }
        try {
            path = java.nio.file.Path.of(path).normalize().toString().replace('\\', '/');
        } catch (java.nio.file.InvalidPathException e) {
            problem(file.getValueNode(), "file '" + path + "' is not a valid path: " + e.getReason());
            return null;
        }
        String content = files.files().get(path);
        if (content == null) {
            problem(file.getValueNode(), "file '" + path + "' not found in the rules directory (a case's file: is"
                    + " relative to the rules directory, e.g. tests/texts/report.txt)");
            return null;
        }
        String stem = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        return new CaseDocument(explicit != null ? explicit : stem, content);
    }

    private Expectations expectations(NodeTuple entry) {
        if (entry == null) {
            return Expectations.NONE;
        }
        if (!(entry.getValueNode() instanceof MappingNode mapping)) {
            problem(entry.getValueNode(), YamlReader.key(entry) + ": holds a map of verdict fragments (types:,"
                    + " claims:, ...); found " + YamlReader.describe(entry.getValueNode()));
            return Expectations.NONE;
        }
        Map<String, NodeTuple> map = YamlReader.entries(mapping);
        List<String> known = new ArrayList<>(List.of("incident", "incidents", "primary"));
        for (FragmentKind kind : FragmentKind.values()) {
            known.add(kind.key());
        }
        unknownKeys(map, known, YamlReader.key(entry));
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
                problem(item, "a " + kind.noun() + " is written as a map of its fields (" + String.join(", ",
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
                problem(item, "this " + kind.noun() + " names no field; give at least one of "
                        + String.join(", ", kind.fieldNames()));
                return null;
            }
        } else {
            problem(item, "expected a " + kind.noun() + " here; found " + YamlReader.describe(item));
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
                problem(e.getValue().getKeyNode(), "unknown field '" + name + "' in a " + kind.noun() + "; one of "
                        + String.join(", ", kind.fieldNames()) + NearestName.hint(name, kind.fieldNames()));
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
        return spec.valueOf(node, this::problem);
    }

    private String text(Map<String, NodeTuple> map, String key) {
        NodeTuple entry = map.get(key);
        if (entry == null) {
            return null;
        }
        String text = YamlReader.text(entry.getValueNode());
        if (text == null || text.isBlank()) {
            problem(entry.getValueNode(), key + ": needs some text; found " + YamlReader.describe(entry.getValueNode()));
            return null;
        }
        return text;
    }

    private void unknownKeys(Map<String, NodeTuple> map, List<String> known, String where) {
        map.forEach((key, e) -> {
            if (!known.contains(key)) {
                problem(e.getKeyNode(), "unknown key '" + key + "' in " + where + "; one of "
                        + String.join(", ", known) + NearestName.hint(key, known));
            }
        });
    }

    private void problem(Node node, String message) {
        problems.add(new RuleProblem(display, YamlReader.line(node), YamlReader.column(node), message));
    }
}
