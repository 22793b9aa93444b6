package org.incidentclassifier.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentclassifier.ruleset.DrlDeclarations;
import org.incidentclassifier.ruleset.DrlRule;
import org.incidentclassifier.ruleset.NearestName;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleProblem;
import org.kie.api.builder.Message;

/**
 * Turns Drools' build messages into problems located in the analyst's DRL files. Parser errors carry a line
 * and a (0-based) column. The executable model reports the rest elsewhere: an unknown field or enum constant
 * with no line, and a Java error in a rule's {@code then} part in a generated class. Those are located by
 * finding the words the message quotes in the DRL (for a {@code then} part, in the rule's consequence, taken
 * from the generated source that Drools attaches to a second message, which is then dropped).
 */
final class BuildProblems {
    static final String RESOURCES = "src/main/resources/";
    private static final String GENERATED = "src/main/java/";
    private static final Pattern UNKNOWN_FIELD =
            Pattern.compile("Unknown field (\\w+) on class ((?:[\\w$]+[.$])*(\\w+))");
    private static final Pattern SOURCE_IN_ERROR = Pattern.compile("Java source of (\\S+) in error:\\R");
    private static final Pattern GENERATED_TYPE = Pattern.compile(" for the type \\w+$");

    private final RuleFiles files;
    private final Map<String, String> drl;
    private final List<DrlRule> rules;
    private final Map<String, String> generated = new HashMap<>();

    BuildProblems(RuleFiles files, Map<String, String> drl, List<DrlRule> rules) {
        this.files = files;
        this.drl = drl;
        this.rules = rules;
    }

    /** Each error once, at its place in a DRL file. */
    List<RuleProblem> locate(List<Message> errors) {
        for (Message m : errors) {
            Matcher source = SOURCE_IN_ERROR.matcher(text(m));
            if (source.lookingAt()) {
                generated.put(source.group(1), text(m).substring(source.end()));
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : errors) {
            String first = text(m).lines().findFirst().orElse("").trim();
            boolean echo = m.getLine() <= 0 && first.startsWith("Parser returned a null Package");
            if (!echo && !SOURCE_IN_ERROR.matcher(text(m)).lookingAt()) {
                problems.add(locate(m, first));
            }
        }
        return problems;
    }

    private RuleProblem locate(Message m, String text) {
        String path = m.getPath() == null ? "" : m.getPath();
        if (path.startsWith(GENERATED)) {
            return inConsequence(path, m, text);
        }
        if (path.startsWith(RESOURCES)) {
            path = path.substring(RESOURCES.length());
        }
        if (m.getLine() > 0) {
            return new RuleProblem(files.displayPath(path), m.getLine(), m.getColumn() + 1, text);
        }
        Matcher field = UNKNOWN_FIELD.matcher(text);
        List<String> quoted = List.of(text.substring(text.lastIndexOf(": ") + 2).trim());
        if (field.find()) {
            quoted = List.of(field.group(3) + "." + field.group(1), "." + field.group(1), field.group(1));
            text = text + enumHint(field.group(1), field.group(2));
        }
        for (String words : quoted) {
            for (Map.Entry<String, String> file : drl.entrySet()) {
                if ((path.isEmpty() || file.getKey().equals(path)) && !words.isEmpty()) {
                    int at = file.getValue().indexOf(words);
                    if (at >= 0) {
                        return at(file.getKey(), file.getValue(), at + (words.startsWith(".") ? 1 : 0), text);
                    }
                }
            }
        }
        return new RuleProblem(path.isEmpty() ? files.origin() : files.displayPath(path), 0, 0, text);
    }

    /**
     * A Java error in generated code: the message's column is an offset into the generated class. The words
     * there (the statement from the offset on, or the name at the offset) are searched in the rules' text.
     */
    private RuleProblem inConsequence(String path, Message m, String text) {
        String message = GENERATED_TYPE.matcher(text).replaceFirst("");
        String source = generated.getOrDefault(path, "");
        int offset = m.getColumn();
        List<String> candidates = new ArrayList<>();
        if (offset >= 0 && offset < source.length()) {
            int lineStart = source.lastIndexOf('\n', offset) + 1;
            int lineEnd = source.indexOf('\n', offset);
            String line = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
            Matcher name = Pattern.compile("[\\w$]+").matcher(source).region(offset, source.length());
            String word = name.lookingAt() ? name.group() : "";
            // the statement from the offset to the line's end, then the single name at the offset
            candidates.add(line.substring(offset - lineStart).trim());
            candidates.add(word);
        }
        for (String words : candidates) {
            for (DrlRule rule : rules) {
                String drlText = drl.get(rule.file());
                if (words.isEmpty() || drlText == null) {
                    continue;
                }
                int at = drlText.indexOf(words, DrlDeclarations.startOfLine(drlText, rule.line()));
                if (at >= 0 && at < rule.thenEnd()) {
                    String part = at >= rule.thenStart() ? "the then part of rule" : "rule";
                    return at(rule.file(), drlText, at, message + " (in " + part + " \"" + rule.name() + "\")");
                }
            }
        }
        return new RuleProblem(files.origin(), 0, 0, message + " (in the then part of a rule; Drools gave no place)");
    }

    /** "; did you mean KILLED?" when the class is an enumeration with a constant close to the name. */
    private static String enumHint(String name, String className) {
        try {
            Object[] constants = Class.forName(className, false, BuildProblems.class.getClassLoader())
                    .getEnumConstants();
            return constants == null ? "" : NearestName.hint(name,
                    java.util.Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList());
        } catch (ClassNotFoundException | LinkageError e) {
            return "";
        }
    }

    private RuleProblem at(String file, String text, int offset, String message) {
        String before = text.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = offset - before.lastIndexOf('\n');
        return new RuleProblem(files.displayPath(file), line, column, message);
    }

    private static String text(Message m) {
        return m.getText() == null ? "" : m.getText();
    }
}
