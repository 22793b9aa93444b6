package org.incidentclassifier.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.facts.Inconsistency;
import org.incidentclassifier.facts.Severity;
import org.incidentclassifier.ruleset.DrlRule;
import org.incidentclassifier.ruleset.NearestName;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleProblem;

/**
 * A rule's {@code @severity("HIGH")}: the analyst's fixed severity for every inconsistency the rule inserts.
 * It overrides what the rule's action graded, because an analyst who writes it on a rule expects the verdict to
 * show it; the severity reason then names the annotation and keeps the action's own grading and reason, so that
 * the verdict still says why the figures were judged as they were. A rule without it keeps its action's severity.
 * The value is checked when the rules compile: an unknown one is an error at the annotation, with the nearest
 * value.
 */
public final class SeverityAnnotation {
    /** The annotation's name, as written after the {@code @}. */
    public static final String NAME = "severity";
    private static final List<String> VALUES = Arrays.stream(Severity.values()).map(Enum::name).toList();

    private SeverityAnnotation() {
    }

    /** The severity an annotation value names (exactly LOW, MEDIUM or HIGH), or null. */
    static Severity parse(String value) {
        return value != null && VALUES.contains(value) ? Severity.valueOf(value) : null;
    }

    /** Each {@code @severity} whose value is not a severity, located at the annotation in its DRL file. */
    public static List<RuleProblem> check(RuleFiles files, List<DrlRule> rules) {
        List<RuleProblem> problems = new ArrayList<>();
        for (DrlRule rule : rules) {
            String value = rule.metadata().get(NAME);
            if (value != null && parse(value) == null) {
                int[] at = place(files.files().get(rule.file()), rule);
                problems.add(new RuleProblem(files.displayPath(rule.file()), at[0], at[1], "rule \"" + rule.name()
                        + "\" has @severity(\"" + value + "\"); a severity is one of " + String.join(", ", VALUES)
                        + NearestName.hint(value, VALUES)));
            }
        }
        return problems;
    }

    /**
     * The line and column of the rule's {@code @severity}: the parser keeps no place for a metadata value, so it
     * is the first {@code @severity} between the rule's declaration and its {@code when}.
     */
    private static int[] place(String text, DrlRule rule) {
        String[] lines = text == null ? new String[0] : text.split("\n", -1);
        for (int l = rule.line() - 1; l >= 0 && l < lines.length; l++) {
            int at = lines[l].indexOf("@" + NAME);
            if (at >= 0) {
                return new int[] {l + 1, at + 1};
            }
            if (lines[l].trim().equals("when")) {
                break;
            }
        }
        return new int[] {rule.line(), rule.column()};
    }

    /** The reasoning with each annotated rule's severity set on the inconsistencies it inserted. */
    static Reasoning apply(Reasoning reasoning, Map<String, Severity> byRule) {
        if (byRule.isEmpty()) {
            return reasoning;
        }
        return new Reasoning(applied(reasoning.conclusions(), byRule), applied(reasoning.withdrawn(), byRule),
                reasoning.rulesFired());
    }

    private static List<Derivation> applied(List<Derivation> derivations, Map<String, Severity> byRule) {
        List<Derivation> out = new ArrayList<>(derivations.size());
        for (Derivation d : derivations) {
            Severity severity = byRule.get(d.rule());
            out.add(severity != null && d.conclusion() instanceof Inconsistency i
                    ? new Derivation(fixed(i, severity, d.rule()), d.rule(), d.matched()) : d);
        }
        return out;
    }

    /** The inconsistency at the annotation's severity, its reason naming the annotation and the action's grading. */
    static Inconsistency fixed(Inconsistency graded, Severity severity, String rule) {
        String reason = "@severity(\"" + severity + "\") on rule " + rule + " sets it; the rule's own grading "
                + (graded.getSeverity() == severity ? "agrees" : "was " + graded.getSeverity()) + ": "
                + graded.getSeverityReason();
        return new Inconsistency(graded.getKind(), severity, graded.getExplanation(), reason);
    }
}
