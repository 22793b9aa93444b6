package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentclassifier.ruletools.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule's {@code @severity} sets the severity of the inconsistencies it inserts, and the reason says so. */
class SeverityAnnotationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RULE = "arithmetic-killed-and-released-exceed-held";

    @TempDir
    Path temp;

    /** "rule SEVERITY reason" of each inconsistency of the seeds' incident made by an arithmetic rule. */
    private static List<String> arithmetic(String rules) throws Exception {
        CliRun run = CliRun.of("classify", "--rules", rules, "seeds");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<String> found = new ArrayList<>();
        for (JsonNode i : JSON.readTree(run.out()).get("incidents").get(0).get("inconsistencies")) {
            if (i.get("kind").asText().equals("ARITHMETIC")) {
                found.add(i.get("rule").asText() + " " + i.get("severity").asText() + " "
                        + i.get("severityReason").asText());
            }
        }
        return found;
    }

    @Test
    void theAnnotationOverridesTheGradingOfItsRuleOnlyAndTheReasonKeepsTheGrading() throws Exception {
        String graded = "it rests on a figure whose truth is doubtful or cannot be judged (credibility 5)";
        RulesCopy annotated = RulesCopy.in(temp).replace("consistency/arithmetic.drl",
                "@id(\"" + RULE + "\")", "@id(\"" + RULE + "\")\n    @severity(\"HIGH\")");

        assertThat(arithmetic("rules")).containsExactly(
                "arithmetic-killed-and-foreign-escapees-exceed-foreign-hostages LOW " + graded,
                RULE + " LOW " + graded,
                "arithmetic-killed-and-still-held-exceed-held LOW " + graded);
        assertThat(arithmetic(annotated.toString())).containsExactly(
                "arithmetic-killed-and-foreign-escapees-exceed-foreign-hostages LOW " + graded,
                RULE + " HIGH @severity(\"HIGH\") on rule " + RULE + " sets it; the rule's own grading was LOW: "
                        + graded,
                "arithmetic-killed-and-still-held-exceed-held LOW " + graded);
    }
}
