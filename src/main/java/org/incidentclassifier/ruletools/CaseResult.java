package org.incidentclassifier.ruletools;

import java.util.List;
import java.util.Set;

/** How one test case went: its failures (empty when it passed) and the rules that fired on its text. */
record CaseResult(TestCase testCase, List<String> failures, Set<String> rulesFired) {
    CaseResult {
        failures = List.copyOf(failures);
        rulesFired = Set.copyOf(rulesFired);
    }

    boolean passed() {
        return failures.isEmpty();
    }
}
