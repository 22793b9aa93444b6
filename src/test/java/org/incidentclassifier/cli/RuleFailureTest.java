package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentclassifier.ruletools.RulesCopy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule whose action throws at run time: reported with its @id and the document, and the rest of the batch
 * goes on (classify, explain and rules test alike).
 */
class RuleFailureTest {
    private static final String SCALED = """
            package classify;

            import org.incidentclassifier.facts.*;

            // The more people killed, the surer the armed assault (a bug: 12 killed gives a confidence of 1.2).
            rule "Confidence grows with the death toll"
                @id("classify-armed-assault-by-toll")
                @description("A factual armed-attack trigger and a death toll; confidence is the toll divided by ten.")
            when
                $t : Trigger( kind == TriggerKind.ARMED_ATTACK, factual )
                $c : CountClaim( status == ClaimStatus.KILLED, lowerBound() > 0 )
            then
                insertLogical(new Classification(IncidentType.ARMED_ASSAULT, $c.lowerBound() / 10.0));
            end
            """;
    private static final String FAILURE_WITHOUT_PLACE = "rule classify-armed-assault-by-toll failed:"
            + " IllegalArgumentException: confidence must be within 0..1, got 1.2";

    @TempDir
    Path temp;
    RulesCopy rules;
    String failure;
    Path deadly;
    Path hostages;

    @BeforeEach
    void brokenRulesAndTwoReports() throws IOException {
        rules = RulesCopy.in(temp).write("classify/scaled.drl", SCALED);
        // reported at the line of the rule's then, in the analyst's file (the Java that ran is generated)
        failure = FAILURE_WITHOUT_PLACE + " (in the then part at " + rules.file("classify/scaled.drl") + ":12)";
        deadly = Files.writeString(temp.resolve("deadly.txt"), "Gunmen killed 12 people in an attack on a hotel.\n");
        hostages = Files.writeString(temp.resolve("hostages.txt"), "Gunmen were holding 20 hostages at a school.\n");
    }

    @Test
    void classifyReportsTheRuleAndTheDocumentAndClassifiesTheOthers() throws IOException {
        CliRun run = CliRun.of("classify", "--rules", rules.toString(), deadly.toString(), hostages.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(run.errLines()).containsExactly("incident: " + deadly + ": " + failure);
        JsonNode verdict = new ObjectMapper().readTree(run.out());
        assertThat(verdict.get("errors")).hasSize(1);
        assertThat(verdict.get("errors").get(0).get("path").asText()).isEqualTo(deadly.toString());
        assertThat(verdict.get("errors").get(0).get("document").asText()).isEqualTo("deadly");
        assertThat(verdict.get("errors").get(0).get("problem").asText()).isEqualTo("RULE_FAILED");
        assertThat(verdict.get("errors").get(0).get("message").asText()).isEqualTo(failure);
        assertThat(verdict.get("documents")).hasSize(1);
        assertThat(verdict.get("documents").get(0).get("id").asText()).isEqualTo("hostages");
        assertThat(verdict.get("incidents").get(0).get("types").get(0).get("type").asText())
                .isEqualTo("HOSTAGE_TAKING_BARRICADE");
    }

    @Test
    void explainShowsTheFailureInTheDocumentsExplanation() {
        CliRun run = CliRun.of("explain", "--rules", rules.toString(), deadly.toString(), hostages.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(run.errLines()).containsExactly("incident: " + deadly + ": a rule failed (see the explanation)");
        assertThat(run.out()).contains("The rules stopped: " + failure + "\nNo conclusions were drawn for this"
                + " document.\n").contains("== hostages (" + hostages + ")");
    }

    @Test
    void aCaseWhoseTextMakesARuleFailFailsWithTheRulesError() {
        rules.delete("tests").write("tests/toll.yaml", """
                - name: a deadly hotel attack
                  text: Gunmen killed 12 people in an attack on a hotel.
                  expect: { types: [ARMED_ASSAULT] }
                - name: hostages at a school
                  text: Gunmen were holding 20 hostages at a school.
                  expect: { types: [HOSTAGE_TAKING_BARRICADE] }
                """);

        CliRun run = CliRun.of("rules", "test", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(RuleToolExitCodes.TESTS_FAILED);
        assertThat(run.outLines()).startsWith(
                "FAIL " + rules.file("tests/toll.yaml") + ":1: a deadly hotel attack",
                "  " + failure + "; the case's text got no verdict",
                "",
                "1 passed, 1 failed");
    }
}
