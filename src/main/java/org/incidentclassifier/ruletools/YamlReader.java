package org.incidentclassifier.ruletools;

import java.io.StringReader;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.ruleset.RuleProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads an analyst's YAML file into SnakeYAML's node tree, whose nodes keep their place in the file, so that
 * a mistake in a test case or a gold file is reported at its line and column; a syntax error is reported at
 * the place SnakeYAML marks. Data binding to records would stop at the first mistake and lose the place of
 * each value, and an analyst wants every mistake of a file, each where it stands.
 */
public final class YamlReader {
    private YamlReader() {
    }

    /** The parsed document, or null (an empty file, or problems added to {@code problems}). */
    public static Node read(String file, String text, List<RuleProblem> problems) {
        try {
            Iterator<Node> documents = new Yaml(new LoaderOptions()).composeAll(new StringReader(text)).iterator();
            if (!documents.hasNext()) {
                return null;
            }
            Node root = documents.next();
            if (documents.hasNext()) {
                Node second = documents.next();
                problems.add(new RuleProblem(file, line(second), column(second), "a second YAML document (after"
                        + " '---'); a file holds one document: remove the '---' line"));
            }
            repeatedKeys(file, root, problems);
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            problems.add(new RuleProblem(file, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "YAML syntax error: " + e.getProblem() + context));
            return null;
        } catch (YAMLException e) {
            problems.add(new RuleProblem(file, 0, 0, "unreadable YAML: " + e.getMessage()));
            return null;
        }
    }

    /** 1-based line of a node (SnakeYAML counts from 0). */
    public static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** 1-based column of a node. */
    public static int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }

    /** An empty value, {@code ~} or {@code null}. */
    public static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    /** A single value's text, or null for an empty value or a list or map. */
    public static String text(Node node) {
        return node instanceof ScalarNode scalar && !isNull(node) ? scalar.getValue() : null;
    }

    /** What the node is, for messages: "a list", "a map", "an empty value", "'x'". */
    public static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a map";
        }
        return isNull(node) ? "an empty value" : "'" + ((ScalarNode) node).getValue() + "'";
    }

    /** A map's entries by key, in the order written; a repeated key keeps its first value. */
    public static Map<String, NodeTuple> entries(MappingNode map) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            entries.putIfAbsent(key(tuple), tuple);
        }
        return entries;
    }

    /** A map entry's key as written. */
    public static String key(NodeTuple tuple) {
        Node key = tuple.getKeyNode();
        return key instanceof ScalarNode scalar ? scalar.getValue() : describe(key);
    }

    /** A key given twice in one map is a mistake (the analyst meant one of them), reported at the second. */
    private static void repeatedKeys(String file, Node node, List<RuleProblem> problems) {
        if (node instanceof MappingNode map) {
            Map<String, Node> seen = new LinkedHashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                Node first = seen.putIfAbsent(key(tuple), tuple.getKeyNode());
                if (first != null) {
                    problems.add(new RuleProblem(file, line(tuple.getKeyNode()), column(tuple.getKeyNode()), "'"
                            + key(tuple) + "' is given twice in this map (first at line " + line(first) + ")"));
                }
                repeatedKeys(file, tuple.getValueNode(), problems);
            }
        } else if (node instanceof SequenceNode list) {
            list.getValue().forEach(item -> repeatedKeys(file, item, problems));
        }
    }

    /** Reports each key of {@code map} not in {@code known}, at the key, with the nearest known one. */
    public static void unknownKeys(Map<String, NodeTuple> map, List<String> known, String where,
                                   java.util.function.BiConsumer<Node, String> problem) {
        map.forEach((key, e) -> {
            if (!known.contains(key)) {
                problem.accept(e.getKeyNode(), "unknown key '" + key + "' in " + where + "; one of "
                        + String.join(", ", known) + org.incidentclassifier.ruleset.NearestName.hint(key, known));
            }
        });
    }
}
