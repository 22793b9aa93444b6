package org.incidentclassifier.ruletools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.incidentclassifier.verdict.Verdict;

/**
 * Compares a verdict with a test case: every {@code expect:} fragment must be in it and no {@code reject:}
 * fragment may be. Each failure says what was expected and what came out. A text whose reasoning failed (a
 * rule threw) fails with the rule's error alone.
 */
final class CaseJudge {
    private final VerdictEntries verdict;
    private final List<String> failures = new ArrayList<>();

    private CaseJudge(Verdict verdict) {
        this.verdict = new VerdictEntries(verdict);
    }

    /** The failures of one case against its verdict; empty when the case passes. */
    static List<String> judge(TestCase testCase, Verdict verdict) {
        if (!verdict.errors().isEmpty()) {
            return verdict.errors().stream().map(e -> e.message() + "; the case's text got no verdict").toList();
        }
        CaseJudge judge = new CaseJudge(verdict);
        judge.incident(testCase.expect().incident(), true);
        judge.incident(testCase.reject().incident(), false);
        judge.incidents(testCase.expect().incidents(), true);
        judge.incidents(testCase.reject().incidents(), false);
        judge.primary(testCase.expect().primary(), true);
        judge.primary(testCase.reject().primary(), false);
        testCase.expect().fragments().forEach(judge::expected);
        testCase.reject().fragments().forEach(judge::rejected);
        return List.copyOf(judge.failures);
    }

    private void incident(Boolean said, boolean expected) {
        if (said == null) {
            return;
        }
        boolean wanted = expected == said;
        if (wanted && !verdict.hasIncident()) {
            failures.add((expected ? "expected an incident" : "rejected incident: false")
                    + "; the verdict has no incident (no classification rule concluded)");
        } else if (!wanted && verdict.hasIncident()) {
            failures.add((expected ? "expected no incident" : "rejected an incident") + "; the verdict has one, "
                    + "typed " + types());
        }
    }

    private void incidents(Integer count, boolean expected) {
        if (count == null) {
            return;
        }
        int actual = verdict.incidents();
        if (expected && actual != count) {
            failures.add("expected " + incidents(count) + "; the verdict has " + incidents(actual));
        } else if (!expected && actual == count) {
            failures.add("rejected " + incidents(count) + "; the verdict has " + incidents(actual));
        }
    }

    private static String incidents(int n) {
        return n + (n == 1 ? " incident" : " incidents");
    }

    private void primary(Fragment primary, boolean expected) {
        if (primary == null) {
            return;
        }
        String type = primary.fields().get("type");
        boolean isPrimary = verdict.primaries().contains(type);
        if (expected && !isPrimary) {
            failures.add("expected primary type " + type + "; " + (verdict.hasIncident()
                    ? "the primary type is " + verdict.primaries().get(0) + " (types: " + types() + ")"
                    : "the verdict has no incident"));
        } else if (!expected && isPrimary) {
            failures.add("rejected primary type " + type + "; it is the primary type (types: " + types() + ")");
        }
    }

    private void expected(Fragment fragment) {
        List<Map<String, List<String>>> entries = verdict.of(fragment.kind());
        if (entries.stream().noneMatch(fragment::matches)) {
            failures.add("expected " + fragment + "; " + inVerdict(fragment.kind(), entries));
        }
    }

    private void rejected(Fragment fragment) {
        verdict.of(fragment.kind()).stream().filter(fragment::matches).findFirst().ifPresent(entry ->
                failures.add("rejected " + fragment + "; " + (fragment.kind() == FragmentKind.RULE ? "it fired"
                        : "the verdict has " + VerdictEntries.describe(fragment.kind(), entry))));
    }

    /** What the verdict has of a kind, for a failure message: inline for types and rules, one per line else. */
    private static String inVerdict(FragmentKind kind, List<Map<String, List<String>>> entries) {
        if (entries.isEmpty()) {
            return kind == FragmentKind.RULE ? "rules fired: none" : "the verdict has no " + kind.key();
        }
        if (kind == FragmentKind.RULE) {
            return "rules fired: " + entries.stream().map(e -> e.get("rule").get(0)).collect(Collectors.joining(", "));
        }
        if (kind == FragmentKind.TYPE) {
            return "types in the verdict: " + entries.stream().map(e -> e.get("type").get(0) + " ("
                    + e.get("rule").get(0) + ")").collect(Collectors.joining(", "));
        }
        return "the verdict's " + kind.key() + ":" + entries.stream()
                .map(e -> "\n    " + VerdictEntries.describe(kind, e)).collect(Collectors.joining());
    }

    private String types() {
        List<String> types = verdict.of(FragmentKind.TYPE).stream().map(e -> e.get("type").get(0))
                .filter(Objects::nonNull).toList();
        return String.join(", ", types);
    }
}
