package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.incidentclassifier.ruletools.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules test}: the shipped cases pass (so CI runs them), and failures say what was expected and found. */
class RulesTestCommandTest {
    @TempDir
    Path temp;

    @Test
    void everyShippedCasePassesAndEveryShippedRuleFiresInSomeCase() {
        CliRun run = CliRun.of("rules", "test", "--rules", "rules");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\d+ passed, 0 failed");
        assertThat(lines.get(1)).matches("coverage: all \\d+ rules fired in at least one case");
    }

    @Test
    void aFailingCaseIsPrintedWithWhatWasExpectedAndWhatCameOutAndExitsWithSix() {
        RulesCopy rules = RulesCopy.in(temp).delete("tests").write("tests/attacks.yaml", """
                - name: an attack that kills is an armed assault
                  text: Gunmen killed 3 people in an attack on a hotel, police said.
                  expect:
                    types: [ARMED_ASSAULT]
                - name: a hotel attack is a hijacking
                  text: Gunmen killed 3 people in an attack on a hotel, police said.
                  expect:
                    types: [HIJACKING]
                    claims: [{ status: KILLED, value: 4 }]
                  reject:
                    rules: [classify-armed-assault]
                """);

        CliRun run = CliRun.of("rules", "test", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(RuleToolExitCodes.TESTS_FAILED);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).startsWith(
                "FAIL " + rules.file("tests/attacks.yaml") + ":5: a hotel attack is a hijacking",
                "  expected type HIJACKING; types in the verdict: ARMED_ASSAULT (classify-armed-assault)",
                "  expected claim {status: KILLED, value: 4}; the verdict's claims:",
                "      {status: KILLED, value: 3, subject: PEOPLE, min: 3, max: 3, approx: false,"
                        + " source.name: police, source.kind: STATE_OFFICIAL, stance: REPORTED,"
                        + " text: \"killed 3 people\"}",
                "  rejected rule classify-armed-assault; it fired",
                "",
                "1 passed, 1 failed");
        assertThat(run.outLines().get(7)).matches("coverage: \\d+ of \\d+ rules fired in at least one case;"
                + " fired in no case:");
        assertThat(run.outLines().subList(8, run.outLines().size()))
                .anyMatch(l -> l.startsWith("  classify-hijacking (" + rules.file("classify/attacks.drl") + ":"))
                .noneMatch(l -> l.startsWith("  classify-armed-assault ("));
    }

    @Test
    void verboseListsThePassingCasesToo() {
        RulesCopy rules = RulesCopy.in(temp).delete("tests").write("tests/one.yaml", """
                - name: an attack that kills is an armed assault
                  text: Gunmen killed 12 people in an attack on a hotel, police said.
                  expect: { primary: ARMED_ASSAULT }
                """);

        CliRun run = CliRun.of("rules", "test", "-v", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.outLines()).startsWith(
                "ok   " + rules.file("tests/one.yaml") + ":1: an attack that kills is an armed assault",
                "",
                "1 passed, 0 failed");
    }

    @Test
    void severalReportsOfACaseAreClassifiedTogether() {
        RulesCopy rules = RulesCopy.in(temp).delete("tests").write("tests/texts/hijacking.txt",
                "Four men hijacked the airliner shortly after take-off.\n").write("tests/two.yaml", """
                - name: a hotel attack and a hijacking are two incidents
                  documents:
                    - text: Gunmen killed 3 people in an attack on a hotel, police said.
                    - file: tests/texts/hijacking.txt
                  expect:
                    incidents: 2
                    types: [ARMED_ASSAULT, HIJACKING]
                - name: they are not one incident
                  documents:
                    - text: Gunmen killed 3 people in an attack on a hotel, police said.
                    - file: tests/texts/hijacking.txt
                  expect: { incidents: 1 }
                """);

        CliRun run = CliRun.of("rules", "test", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(RuleToolExitCodes.TESTS_FAILED);
        assertThat(run.outLines()).startsWith(
                "FAIL " + rules.file("tests/two.yaml") + ":8: they are not one incident",
                "  expected 1 incident; the verdict has 2 incidents",
                "",
                "1 passed, 1 failed");
    }

    @Test
    void aMalformedCaseFileStopsTheRunWithItsProblemsAndExitCodeThree() {
        RulesCopy rules = RulesCopy.in(temp).write("tests/typo.yaml", """
                - name: a hijacking
                  text: Four men hijacked the airliner.
                  expect:
                    typs: [HIJACKING]
                """);

        CliRun run = CliRun.of("rules", "test", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "incident: the test cases in " + rules + " have 1 problem(s)",
                rules.file("tests/typo.yaml") + ":4:5: unknown key 'typs' in expect; one of incident, incidents,"
                        + " primary, types, rules, claims, inconsistencies, actors, affiliations, location; did you"
                        + " mean types?");
    }

    @Test
    void aRuleSetWithoutCasesFails() {
        RulesCopy rules = RulesCopy.in(temp).delete("tests");

        CliRun run = CliRun.of("rules", "test", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(RuleToolExitCodes.TESTS_FAILED);
        assertThat(run.errLines()).containsExactly("incident: no test cases in " + rules.file("tests")
                + " (write them in *.yaml files there; see docs/RULES.md)");
    }

    @Test
    void rulesThatDoNotCompileExitWithThree() {
        RulesCopy rules = RulesCopy.in(temp).write("classify/broken.drl", "package classify;\n\nrule \"Broken\"\nwhen\n"
                + "    Trigger( \nthen\nend\n");

        CliRun run = CliRun.of("rules", "test", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.errLines()).containsExactly("incident: the rules in " + rules + " do not compile",
                rules.file("classify/broken.drl") + ":7:1: [ERR 102] Line 7:0 mismatched input 'end' in rule"
                        + " \"Broken\"");
    }
}
