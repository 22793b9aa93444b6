package org.incidentclassifier.ruletools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleProblem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the analysts' test cases from {@code tests/*.yaml} in a rules directory. Every mistake (unknown key,
 * unknown value, missing text, a file that does not exist) is reported at its line and column, and the other
 * cases are still read. What a case expects (its expect: and reject: maps) is read by {@link ExpectationReader}.
 */
final class CaseFileReader {
    private static final List<String> CASE_KEYS = List.of("name", "text", "file", "documents", "expect", "reject",
            "note");
    private static final List<String> DOCUMENT_KEYS = List.of("text", "file", "id");

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
        YamlReader.unknownKeys(map, CASE_KEYS, "a case", this::problem);
        String name = text(map, "name");
        if (!map.containsKey("name")) {
            problem(mapping, "the case has no name; start it with '- name: what the case shows'");
        }
        List<CaseDocument> documents = documents(mapping, map, id);
        ExpectationReader expectations = new ExpectationReader(this::problem);
        Expectations expect = expectations.read(map.get("expect"));
        Expectations reject = expectations.read(map.get("reject"));
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
            YamlReader.unknownKeys(report, DOCUMENT_KEYS, "a report", this::problem);
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

    private void problem(Node node, String message) {
        problems.add(new RuleProblem(display, YamlReader.line(node), YamlReader.column(node), message));
    }
}
