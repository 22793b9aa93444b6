package org.incidentclassifier.ruletools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** Judging hand-made verdicts, so that each message is pinned without running the pipeline. */
class CaseJudgeTest {
    private static final Verdict.ClaimEntry KILLED_12 = Records.of(Verdict.ClaimEntry.class, Map.ofEntries(
            Map.entry("id", "d-c1"), Map.entry("subject", "PEOPLE"), Map.entry("status", "KILLED"),
            Map.entry("value", 12), Map.entry("min", 12), Map.entry("max", 12),
            Map.entry("source", Records.of(Verdict.SourceEntry.class,
                    Map.of("name", "police", "kind", "STATE_OFFICIAL"))),
            Map.entry("stance", "REPORTED"), Map.entry("document", "d"),
            Map.entry("evidence", List.of(new Evidence("d", 0, 7, 23, "killed 12 people")))));
    private static final Verdict ASSAULT = Records.of(Verdict.class, Map.of(
            "schemaVersion", "1",
            "incidents", List.of(Records.of(Verdict.IncidentEntry.class, Map.of(
                    "id", "incident-1", "documents", List.of("d"),
                    "types", List.of(type("ARMED_ASSAULT", 0.7, "classify-armed-assault"),
                            type("BOMBING_EXPLOSION", 0.6, "classify-bombing")),
                    "claims", List.of(KILLED_12)))),
            "rulesFired", List.of(new Verdict.RuleCount("classify-armed-assault", 1),
                    new Verdict.RuleCount("classify-bombing", 1))));
    private static final Verdict NOTHING = Records.of(Verdict.class, Map.of("schemaVersion", "1",
            "rulesFired", List.of(new Verdict.RuleCount("not-an-incident", 1))));

    private static Verdict.TypeEntry type(String type, double confidence, String rule) {
        return Records.of(Verdict.TypeEntry.class, Map.of("type", type, "confidence", confidence, "rule", rule));
    }

    private static List<String> judge(String expectations, Verdict verdict) {
        String yaml = "- name: case\n  text: t\n" + expectations;
        List<org.incidentclassifier.ruleset.RuleProblem> problems = new java.util.ArrayList<>();
        List<TestCase> cases = CaseFileReader.read(new RuleFiles("r", Map.of("tests/c.yaml", yaml)), "tests/c.yaml",
                problems);
        assertThat(problems).isEmpty();
        return CaseJudge.judge(cases.get(0), verdict);
    }

    @Test
    void aVerdictWithEveryExpectedFragmentAndNoRejectedOnePasses() {
        assertThat(judge("""
                  expect:
                    incident: true
                    primary: ARMED_ASSAULT
                    types: [BOMBING_EXPLOSION, { type: ARMED_ASSAULT, rule: classify-armed-assault }]
                    rules: [classify-bombing]
                    claims:
                      - { status: killed, value: 12, source: { name: Police, kind: STATE_OFFICIAL }, stance: REPORTED }
                      - { text: 12 PEOPLE, approx: false }
                  reject:
                    primary: BOMBING_EXPLOSION
                    rules: [not-an-incident]
                    claims: [{ status: KILLED, value: 13 }]
                    inconsistencies: [ARITHMETIC]
                """, ASSAULT)).isEmpty();
    }

    @Test
    void eachFailureSaysWhatWasExpectedAndWhatCameOut() {
        assertThat(judge("""
                  expect:
                    incident: false
                    primary: BOMBING_EXPLOSION
                    types: [HIJACKING]
                    rules: [classify-hijacking]
                    claims: [{ status: KILLED, value: 13 }]
                    inconsistencies: [ARITHMETIC]
                  reject:
                    rules: [classify-bombing]
                    claims: [{ value: 12 }]
                """, ASSAULT)).containsExactly(
                "expected no incident; the verdict has one, typed ARMED_ASSAULT, BOMBING_EXPLOSION",
                "expected primary type BOMBING_EXPLOSION; the primary type is ARMED_ASSAULT (types: ARMED_ASSAULT,"
                        + " BOMBING_EXPLOSION)",
                "expected type HIJACKING; types in the verdict: ARMED_ASSAULT (classify-armed-assault),"
                        + " BOMBING_EXPLOSION (classify-bombing)",
                "expected rule classify-hijacking; rules fired: classify-armed-assault, classify-bombing",
                "expected claim {status: KILLED, value: 13}; the verdict's claims:\n"
                        + "    {status: KILLED, value: 12, subject: PEOPLE, min: 12, max: 12, approx: false,"
                        + " source.name: police, source.kind: STATE_OFFICIAL, stance: REPORTED,"
                        + " text: \"killed 12 people\"}",
                "expected inconsistency ARITHMETIC; the verdict has no inconsistencies",
                "rejected rule classify-bombing; it fired",
                "rejected claim {value: 12}; the verdict has {status: KILLED, value: 12, subject: PEOPLE, min: 12,"
                        + " max: 12, approx: false, source.name: police, source.kind: STATE_OFFICIAL, stance: REPORTED,"
                        + " text: \"killed 12 people\"}");
    }

    @Test
    void aVerdictWithNoIncidentHasNoTypesOrClaims() {
        assertThat(judge("""
                  expect:
                    incident: true
                    primary: ARMED_ASSAULT
                    claims: [{ status: KILLED }]
                  reject:
                    incident: false
                """, NOTHING)).containsExactly(
                "expected an incident; the verdict has no incident (no classification rule concluded)",
                "rejected incident: false; the verdict has no incident (no classification rule concluded)",
                "expected primary type ARMED_ASSAULT; the verdict has no incident",
                "expected claim {status: KILLED}; the verdict has no claims");
    }

    @Test
    void theNumberOfIncidentsIsCounted() {
        assertThat(judge("  expect: { incidents: 2 }\n  reject: { incidents: 1 }\n", ASSAULT)).containsExactly(
                "expected 2 incidents; the verdict has 1 incident",
                "rejected 1 incident; the verdict has 1 incident");
        assertThat(judge("  expect: { incidents: 0 }\n", NOTHING)).isEmpty();
    }

    @Test
    void aRuleThatFailedFailsTheCase() {
        Verdict failed = Records.of(Verdict.class, Map.of("schemaVersion", "1", "errors", List.of(Records.of(
                Verdict.ErrorEntry.class, Map.of("path", "c-1", "document", "c-1", "problem", "RULE_FAILED",
                        "message", "rule broken-rule failed: ArithmeticException: / by zero")))));

        assertThat(judge("  reject: { incident: true }\n", failed))
                .containsExactly("rule broken-rule failed: ArithmeticException: / by zero; the case's text got no"
                        + " verdict");
    }
}
