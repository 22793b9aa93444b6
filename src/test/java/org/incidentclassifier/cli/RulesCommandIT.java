package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentclassifier.ruletools.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst commands through the packaged jar, as an analyst runs them. */
class RulesCommandIT {
    @TempDir
    Path cwd;

    @Test
    void theBuiltInRulesCarryTheirTestCasesAndPassThem() {
        JarRun check = JarRun.in(cwd, null, "rules", "check");
        JarRun test = JarRun.in(cwd, null, "rules", "test");

        assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(ExitCodes.OK);
        assertThat(check.out()).startsWith("built-in rules: ").contains(": 0 errors, 0 warnings");
        assertThat(test.exitCode()).as(test.out() + test.err()).isEqualTo(ExitCodes.OK);
        assertThat(test.out()).matches("(?s)\\d+ passed, 0 failed\ncoverage: all \\d+ rules fired in at least one"
                + " case\n");
        assertThat(test.errLines()).containsExactly(ClassifyCommandIT.BUILT_IN);
    }

    @Test
    void anEditToALexiconOrARuleTakesEffectOnTheNextRunWithNoBuild() throws IOException {
        RulesCopy rules = RulesCopy.in(cwd).write("tests/ambush.yaml", """
                - name: an ambush that kills is an armed assault
                  text: Rebels bushwhacked an army convoy near Gao and killed 7 soldiers, the army said.
                  expect: { types: [ARMED_ASSAULT] }
                """);
        Files.writeString(cwd.resolve("airliner.txt"), "Four men hijacked the airliner shortly after take-off.\n");

        JarRun before = JarRun.in(cwd, null, "rules", "test");
        rules.append("lexicon/triggers.csv", "bushwhack,ARMED_ATTACK\n");
        JarRun after = JarRun.in(cwd, null, "rules", "test");
        JarRun hijacking = JarRun.in(cwd, null, "classify", "airliner.txt");
        rules.replace("classify/attacks.drl", "classified first\n    insertLogical(new Classification(IncidentType.HIJACKING,"
                + " 0.92", "classified first\n    insertLogical(new Classification(IncidentType.HIJACKING, 0.97");
        JarRun surer = JarRun.in(cwd, null, "classify", "airliner.txt");

        assertThat(before.exitCode()).isEqualTo(RuleToolExitCodes.TESTS_FAILED);
        assertThat(before.out()).startsWith("FAIL rules/tests/ambush.yaml:1: an ambush that kills is an armed"
                + " assault\n  expected type ARMED_ASSAULT; the verdict has no types\n");
        assertThat(after.exitCode()).as(after.out()).isEqualTo(ExitCodes.OK);
        assertThat(hijacking.out()).contains("\"type\":\"HIJACKING\",\"confidence\":0.92,");
        assertThat(surer.out()).contains("\"type\":\"HIJACKING\",\"confidence\":0.97,");
    }

    @Test
    void explainWritesTheReasoningForAPerson() throws IOException {
        Files.writeString(cwd.resolve("hotel.txt"), "Gunmen killed 12 people in an attack on a hotel, police said.\n");

        JarRun run = JarRun.in(cwd, null, "explain", "hotel.txt");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.errLines()).containsExactly(ClassifyCommandIT.BUILT_IN);
        assertThat(run.out()).startsWith("== hotel (hotel.txt)\n").contains("""
                Conclusions:
                  incident type ARMED_ASSAULT
                    by classify-armed-assault-mass-casualties (confidence 0.85), 2 matches
                    by classify-armed-assault (confidence 0.8)
                    by classify-armed-assault-attack-toll (confidence 0.7)
                    by classify-armed-assault-no-toll (confidence 0.55)
                """);
    }

    @Test
    void helpListsTheAnalystCommandsAndTheirExitCodes() {
        JarRun help = JarRun.in(cwd, null, "--help");
        JarRun rulesHelp = JarRun.in(cwd, null, "rules", "--help");

        assertThat(help.out()).contains("explain", "rules", "6    rules test: a test case failed, or there are none");
        assertThat(rulesHelp.exitCode()).isZero();
        assertThat(rulesHelp.out()).contains("check", "test");
    }
}
