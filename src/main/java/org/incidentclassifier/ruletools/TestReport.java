package org.incidentclassifier.ruletools;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.engine.RuleInfo;
import org.incidentclassifier.ruleset.DrlRule;
import org.incidentclassifier.ruleset.RuleFiles;

/** The outcome of running a rule set's test cases: each case's result, and which rules no case fired. */
public final class TestReport {
    private final RuleFiles files;
    private final List<CaseResult> results;

    TestReport(RuleFiles files, List<CaseResult> results) {
        this.files = files;
        this.results = List.copyOf(results);
    }

    public int passed() {
        return (int) results.stream().filter(CaseResult::passed).count();
    }

    public int failed() {
        return results.size() - passed();
    }

    /** The ids of the rules that fired in at least one case. */
    public Set<String> rulesFired() {
        Set<String> fired = new HashSet<>();
        results.forEach(r -> fired.addAll(r.rulesFired()));
        return fired;
    }

    /** The rules, among {@code rules}, that fired in no case. */
    public List<RuleInfo> notFired(List<RuleInfo> rules) {
        Set<String> fired = rulesFired();
        return rules.stream().filter(r -> !fired.contains(r.id())).toList();
    }

    List<CaseResult> results() {
        return results;
    }

    /**
     * Prints each failing case (each passing one too when {@code verbose}) with what was expected and what
     * came out, then the line "N passed, M failed", then the coverage: the rules fired in no case.
     */
    public void print(PrintWriter out, List<RuleInfo> rules, List<DrlRule> declarations, boolean verbose) {
        for (CaseResult r : results) {
            if (!r.passed() || verbose) {
                out.println((r.passed() ? "ok   " : "FAIL ") + files.displayPath(r.testCase().file()) + ":"
                        + r.testCase().line() + ": " + r.testCase().name());
                r.failures().forEach(f -> out.println("  " + f.replace("\n", "\n  ")));
            }
        }
        if (failed() > 0 || verbose) {
            out.println();
        }
        out.println(passed() + " passed, " + failed() + " failed");
        List<RuleInfo> notFired = notFired(rules);
        if (notFired.isEmpty()) {
            out.println("coverage: all " + rules.size() + " rules fired in at least one case");
        } else {
            out.println("coverage: " + (rules.size() - notFired.size()) + " of " + rules.size()
                    + " rules fired in at least one case; fired in no case:");
            for (RuleInfo rule : notFired) {
                out.println("  " + rule.id() + where(rule, declarations));
            }
        }
        out.flush();
    }

    private String where(RuleInfo rule, List<DrlRule> declarations) {
        return declarations.stream().filter(d -> d.packageName().equals(rule.file()) && d.name().equals(rule.name()))
                .findFirst().map(d -> " (" + files.displayPath(d.file()) + ":" + d.line() + ")").orElse("");
    }
}
