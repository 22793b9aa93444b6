package org.incidentclassifier.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The rules declared in DRL files, as Drools' own parser ({@code DrlParser}) reads them: names, metadata and
 * places come from the same grammar the compiler uses, so comments, strings, functions and queries are never
 * mistaken for rules. Syntax errors are the compiler's to report; a file that does not parse yields the rules
 * the parser recovered.
 */
public final class DrlDeclarations {
    private DrlDeclarations() {
    }

    /** Every rule declared in the rule set's DRL files, in file order. */
    public static List<DrlRule> of(RuleFiles files) {
        List<DrlRule> rules = new ArrayList<>();
        files.withSuffix(".drl").forEach((path, text) -> rules.addAll(scan(path, text)));
        return rules;
    }

    /** The rules declared in one DRL file, in the order they appear. */
    public static List<DrlRule> scan(String file, String text) {
        PackageDescr pkg;
        try {
            pkg = new DrlParser().parse(false, text);
        } catch (DroolsParserException e) {
            return List.of();
        }
        if (pkg == null) {
            return List.of();
        }
        List<DrlRule> rules = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            Map<String, String> metadata = new LinkedHashMap<>();
            List<AnnotationDescr> annotations = new ArrayList<>(rule.getAnnotations());
            annotations.sort(java.util.Comparator.comparingInt(AnnotationDescr::getLine)
                    .thenComparingInt(AnnotationDescr::getColumn)); // in the order written
            for (AnnotationDescr annotation : annotations) {
                Object value = annotation.getSingleValue();
                metadata.putIfAbsent(annotation.getName(), value == null ? "" : unquote(value.toString().trim()));
            }
            int thenStart = startOfLine(text, rule.getConsequenceLine());
            int thenEnd = rule.getEndCharacter() > thenStart ? Math.min(rule.getEndCharacter(), text.length())
                    : text.length();
            rules.add(new DrlRule(file, rule.getLine(), rule.getColumn() + 1, pkg.getName() == null ? ""
                    : pkg.getName(), rule.getName(), metadata, thenStart, thenEnd, conditions(rule.getLhs(), text),
                    rule instanceof QueryDescr));
        }
        return rules;
    }

    /** The {@code not}, {@code exists} and {@code accumulate} conditions of a {@code when} part, in order. */
    private static List<DrlRule.Condition> conditions(AndDescr lhs, String text) {
        List<DrlRule.Condition> conditions = new ArrayList<>();
        if (lhs == null) {
            return conditions;
        }
        for (BaseDescr descr : lhs.getDescrs()) {
            DrlRule.Kind kind = descr instanceof NotDescr ? DrlRule.Kind.NOT
                    : descr instanceof ExistsDescr ? DrlRule.Kind.EXISTS
                    : descr instanceof PatternDescr p && p.getSource() instanceof AccumulateDescr
                            ? DrlRule.Kind.ACCUMULATE : null;
            int start = descr.getStartCharacter();
            int end = descr.getEndCharacter();
            if (kind != null && start >= 0 && end > start && end <= text.length()) {
                conditions.add(new DrlRule.Condition(kind, text.substring(start, end).replaceAll("\\s+", " ")));
            }
        }
        return conditions;
    }

    /** A DRL string literal's content with its escapes resolved; other text as it is. */
    static String unquote(String text) {
        if (text.length() < 2 || !(text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"))) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() - 1) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The offset where a 1-based line begins (the end of the text for a line past it). */
    public static int startOfLine(String text, int line) {
        int at = 0;
        for (int l = 1; l < line && at >= 0; l++) {
            at = text.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        return at < 0 || line < 1 ? text.length() : at;
    }
}
