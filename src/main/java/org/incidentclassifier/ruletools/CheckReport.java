package org.incidentclassifier.ruletools;

import java.io.PrintWriter;
import java.util.List;
import org.incidentclassifier.ruleset.RuleProblem;

/**
 * What {@code rules check} found: errors (the rule set cannot be used as it is) and warnings (it can, but
 * something deserves a look), each located as {@code file:line:column: message}, and what was checked.
 */
public record CheckReport(String origin, List<RuleProblem> errors, List<RuleProblem> warnings, int rules,
                          int ruleFiles, int lexiconFiles, int cases, int caseFiles) {
    public CheckReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean clean() {
        return errors.isEmpty();
    }

    /** One line per problem, errors first, then a summary line. */
    public void print(PrintWriter out) {
        errors.forEach(out::println);
        warnings.forEach(out::println);
        out.println(origin + ": " + count(rules, "rule") + " in " + count(ruleFiles, "DRL file") + ", "
                + count(lexiconFiles, "lexicon file") + ", " + count(cases, "test case") + " in "
                + count(caseFiles, "case file") + ": " + count(errors.size(), "error") + ", "
                + count(warnings.size(), "warning"));
        out.flush();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
