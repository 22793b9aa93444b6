package org.incidentclassifier.ruletools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.incidentclassifier.engine.SeverityAnnotation;
import org.incidentclassifier.ruleset.DrlRule;
import org.incidentclassifier.ruleset.NearestName;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleProblem;

/**
 * Checks the metadata analysts and the verdict rely on: every rule has an {@code @id} (lower-case words
 * joined by dashes, unique across the rule set) and a {@code @description}. Problems point at the line of the
 * rule's declaration. Queries are not rules here: they conclude nothing, so they need neither.
 */
public final class RuleLint {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> KNOWN_ANNOTATIONS = List.of("id", "description", SeverityAnnotation.NAME);

    private RuleLint() {
    }

    /** Every rule declared in the rule set's DRL files, in file order. */
    public static List<DrlRule> declarations(RuleFiles files) {
        return org.incidentclassifier.ruleset.DrlDeclarations.of(files);
    }

    /** The metadata problems of the declared rules; files are named as {@link RuleFiles#displayPath} does. */
    public static List<RuleProblem> check(RuleFiles files, List<DrlRule> rules) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, DrlRule> byId = new HashMap<>();
        for (DrlRule rule : rules) {
            if (rule.query()) {
                continue; // a query concludes nothing: no verdict names it, no test fires it
            }
            String id = rule.id();
            if (id == null || id.isBlank()) {
                problems.add(problem(files, rule, "rule \"" + rule.name() + "\" has no @id; add a line"
                        + " @id(\"lower-case-words-with-dashes\") below the rule's name"));
            } else if (!ID.matcher(id).matches()) {
                problems.add(problem(files, rule, "rule \"" + rule.name() + "\" has @id(\"" + id + "\"); an id is"
                        + " lower-case letters and digits joined by dashes, e.g. \"classify-bombing\""));
            } else {
                DrlRule first = byId.putIfAbsent(id, rule);
                if (first != null) {
                    problems.add(problem(files, rule, "rule \"" + rule.name() + "\" has @id(\"" + id
                            + "\"), already used by rule \"" + first.name() + "\" at "
                            + files.displayPath(first.file()) + ":" + first.line() + "; every rule needs its own id"));
                }
            }
            String description = rule.description();
            if (description == null || description.isBlank()) {
                problems.add(problem(files, rule, "rule \"" + rule.name() + "\" has no @description; add a line"
                        + " @description(\"what the rule concludes, from which facts\") below the rule's name"));
            }
        }
        return problems;
    }

    /**
     * Warnings for annotations nothing reads: a misspelt {@code @id} or {@code @description}, metadata an analyst
     * expects to act, or a {@code @severity} on a rule whose action inserts no inconsistency (the annotation sets
     * only an inconsistency's severity; its value is checked when the rules compile).
     */
    public static List<RuleProblem> unknownAnnotations(RuleFiles files, List<DrlRule> rules) {
        List<RuleProblem> warnings = new ArrayList<>();
        for (DrlRule rule : rules) {
            for (String name : rule.metadata().keySet()) {
                if (!KNOWN_ANNOTATIONS.contains(name)) {
                    warnings.add(problem(files, rule, "warning: rule \"" + rule.name() + "\" has @" + name
                            + ", which nothing reads (known: @id, @description, @severity)" + NearestName.among(name,
                            KNOWN_ANNOTATIONS).map(n -> "; did you mean @" + n + "?").orElse("")));
                } else if (name.equals(SeverityAnnotation.NAME) && !insertsInconsistency(files, rule)) {
                    warnings.add(problem(files, rule, "warning: rule \"" + rule.name() + "\" has @severity, but its"
                            + " then part inserts no Inconsistency; @severity sets only an inconsistency's severity"));
                }
            }
        }
        return warnings;
    }

    /** True when the rule's then part builds an inconsistency, itself or through severity.drl's graded(...). */
    private static boolean insertsInconsistency(RuleFiles files, DrlRule rule) {
        String text = files.files().get(rule.file());
        if (text == null) {
            return true;
        }
        String then = text.substring(Math.min(rule.thenStart(), text.length()),
                Math.min(rule.thenEnd(), text.length()));
        return then.contains("Inconsistency(") || then.contains("graded(");
    }

    private static RuleProblem problem(RuleFiles files, DrlRule rule, String message) {
        return new RuleProblem(files.displayPath(rule.file()), rule.line(), rule.column(), message);
    }
}
