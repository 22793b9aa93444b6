package org.incidentclassifier.ruletools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.facts.IncidentType;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleProblem;

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
        YamlNode root = YamlReader.read(display, files.files().get(relative), problems);
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof YamlNode.Sequence list)) {
            problem(root, "a case file is a list of cases, each starting with '- name:'; found " + root.describe());
            return List.of();
        }
        List<TestCase> cases = new ArrayList<>();
        String stem = relative.substring(relative.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        for (int i = 0; i < list.items().size(); i++) {
            TestCase c = testCase(list.items().get(i), stem + "-" + (i + 1));
            if (c != null) {
                cases.add(c);
            }
        }
        return cases;
    }

    private TestCase testCase(YamlNode node, String id) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problem(node, "a case is a map with name, text (or file, or documents), expect and reject; found "
                    + node.describe());
            return null;
        }
        int before = problems.size();
        unknownKeys(map, CASE_KEYS, "a case");
        String name = text(map, "name");
        if (!map.entries().containsKey("name")) {
            problem(map, "the case has no name; start it with '- name: what the case shows'");
        }
        List<CaseDocument> documents = documents(map, id);
        Expectations expect = expectations(map.entries().get("expect"));
        Expectations reject = expectations(map.entries().get("reject"));
        if (expect.isEmpty() && reject.isEmpty() && problems.size() == before) {
            problem(map, "case \"" + name + "\" expects nothing; add expect: or reject: with what the verdict must"
                    + " or must not contain");
        }
        return problems.size() == before
                ? new TestCase(relative, map.line(), map.column(), name, documents, expect, reject) : null;
    }

    /** The case's reports: its text or file, or each item of its documents: list. */
    private List<CaseDocument> documents(YamlNode.Mapping map, String id) {
        long given = java.util.stream.Stream.of("text", "file", "documents").filter(map.entries()::containsKey).count();
        if (given == 0) {
            problem(map, "the case has no text; add text: (the words to classify), file: (a path relative to the"
                    + " rules directory) or documents: (several reports classified together)");
            return List.of();
        }
        if (given > 1) {
            problem(map, "give one of text:, file: or documents:, not several");
            return List.of();
        }
        YamlNode.Entry list = map.entries().get("documents");
        if (list == null) {
            CaseDocument only = document(map, id);
            return only == null ? List.of() : List.of(only);
        }
        if (!(list.value() instanceof YamlNode.Sequence items) || items.items().isEmpty()) {
            problem(list.value(), "documents: holds a list of reports, each with text: or file:; found "
                    + (list.value() instanceof YamlNode.Sequence ? "an empty list" : list.value().describe()));
            return List.of();
        }
        List<CaseDocument> documents = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < items.items().size(); i++) {
            YamlNode item = items.items().get(i);
            if (!(item instanceof YamlNode.Mapping report)) {
                problem(item, "a report under documents: is a map with text: or file: (and an optional id:); found "
                        + item.describe());
                continue;
            }
            unknownKeys(report, DOCUMENT_KEYS, "a report");
            if (report.entries().containsKey("text") == report.entries().containsKey("file")) {
                problem(report, "a report under documents: has either text: or file:");
                continue;
            }
            CaseDocument d = document(report, id + "-" + (i + 1));
            if (d != null && !ids.add(d.id())) {
                problem(report, "two reports of this case have the id '" + d.id() + "'; give one an id:");
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
    private CaseDocument document(YamlNode.Mapping map, String id) {
        String explicit = map.entries().containsKey("id") ? text(map, "id") : null;
        if (map.entries().containsKey("text")) {
            String text = text(map, "text");
            return text == null ? null : new CaseDocument(explicit != null ? explicit : id, text);
        }
        YamlNode.Entry file = map.entries().get("file");
        String path = text(map, "file");
        if (path == null) {
            return null;
        }
        try {
            path = java.nio.file.Path.of(path).normalize().toString().replace('\\', '/');
        } catch (java.nio.file.InvalidPathException e) {
            problem(file.value(), "file '" + path + "' is not a valid path: " + e.getReason());
            return null;
        }
        String content = files.files().get(path);
        if (content == null) {
            YamlNode value = file.value();
            problems.add(new RuleProblem(display, value.line(), value.column(), "file '" + path
                    + "' not found in the rules directory (a case's file: is relative to the rules directory,"
                    + " e.g. tests/texts/report.txt)"));
            return null;
        }
        String stem = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        return new CaseDocument(explicit != null ? explicit : stem, content);
    }

    private Expectations expectations(YamlNode.Entry entry) {
        if (entry == null) {
            return Expectations.NONE;
        }
        if (!(entry.value() instanceof YamlNode.Mapping map)) {
            problem(entry.value(), entry.key() + ": holds a map of verdict fragments (types:, claims:, ...); found "
                    + entry.value().describe());
            return Expectations.NONE;
        }
        List<String> known = new ArrayList<>(List.of("incident", "incidents", "primary"));
        for (FragmentKind kind : FragmentKind.values()) {
            known.add(kind.key());
        }
        unknownKeys(map, known, entry.key());
        Boolean incident = null;
        Integer incidents = null;
        Fragment primary = null;
        List<Fragment> fragments = new ArrayList<>();
        for (YamlNode.Entry e : map.entries().values()) {
            if (e.key().equals("incident")) {
                String value = scalarValue(e.value(), INCIDENT);
                incident = value == null ? null : Boolean.valueOf(value);
            } else if (e.key().equals("incidents")) {
                String value = scalarValue(e.value(), INCIDENTS);
                incidents = value == null ? null : Integer.valueOf(value);
            } else if (e.key().equals("primary")) {
                String value = scalarValue(e.value(), PRIMARY);
                primary = value == null ? null
                        : new Fragment(FragmentKind.TYPE, Map.of("type", value), e.value().line(), e.value().column());
            } else {
                FragmentKind.byKey(e.key()).ifPresent(kind -> fragments.addAll(fragments(kind, e.value())));
            }
        }
        return new Expectations(incident, incidents, primary, fragments);
    }

    /** A list of fragments, or a single one written without a list. */
    private List<Fragment> fragments(FragmentKind kind, YamlNode node) {
        List<YamlNode> items = node instanceof YamlNode.Sequence list ? list.items() : List.of(node);
        List<Fragment> fragments = new ArrayList<>();
        for (YamlNode item : items) {
            Fragment fragment = fragment(kind, item);
            if (fragment != null) {
                fragments.add(fragment);
            }
        }
        return fragments;
    }

    private Fragment fragment(FragmentKind kind, YamlNode item) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
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
        } else if (item instanceof YamlNode.Mapping map) {
            if (!fields(kind, map, "", fields)) {
                return null;
            }
            if (fields.isEmpty()) {
                problem(item, "this " + kind.noun() + " names no field; give at least one of "
                        + String.join(", ", kind.fieldNames()));
                return null;
            }
        } else {
            problem(item, "expected a " + kind.noun() + " here; found " + item.describe());
            return null;
        }
        return new Fragment(kind, fields, item.line(), item.column());
    }

    /** Reads a fragment's map, nested maps as dotted names; false when a field is wrong. */
    private boolean fields(FragmentKind kind, YamlNode.Mapping map, String prefix, Map<String, String> into) {
        boolean ok = true;
        for (YamlNode.Entry e : map.entries().values()) {
            String name = prefix + e.key();
            boolean nested = kind.fieldNames().stream().anyMatch(f -> f.startsWith(name + "."));
            if (nested && e.value() instanceof YamlNode.Mapping inner) {
                ok &= fields(kind, inner, name + ".", into);
                continue;
            }
            String field = nested ? name + ".name" : name;
            FieldSpec spec = kind.field(field).orElse(null);
            if (spec == null) {
                problems.add(new RuleProblem(display, e.line(), e.column(), "unknown field '" + name + "' in a "
                        + kind.noun() + "; one of " + String.join(", ", kind.fieldNames())));
                ok = false;
                continue;
            }
            if (e.value() instanceof YamlNode.Scalar s && s.isNull()) {
                into.put(field, null);
                continue;
            }
            String value = scalarValue(e.value(), spec);
            if (value == null) {
                ok = false;
            } else {
                into.put(field, value);
            }
        }
        return ok;
    }

    private String scalarValue(YamlNode node, FieldSpec spec) {
        return spec.valueOf(node, this::problem);
    }

    private String text(YamlNode.Mapping map, String key) {
        YamlNode.Entry entry = map.entries().get(key);
        if (entry == null) {
            return null;
        }
        if (!(entry.value() instanceof YamlNode.Scalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
            problem(entry.value(), key + ": needs some text; found " + entry.value().describe());
            return null;
        }
        return scalar.text();
    }

    private void unknownKeys(YamlNode.Mapping map, List<String> known, String where) {
        for (YamlNode.Entry e : map.entries().values()) {
            if (!known.contains(e.key())) {
                problems.add(new RuleProblem(display, e.line(), e.column(), "unknown key '" + e.key() + "' in "
                        + where + "; one of " + String.join(", ", known)));
            }
        }
    }

    private void problem(YamlNode node, String message) {
        problems.add(new RuleProblem(display, node.line(), node.column(), message));
    }

    private void problem(YamlNode.Entry entry, String message) {
        problems.add(new RuleProblem(display, entry.line(), entry.column(), message));
    }
}
