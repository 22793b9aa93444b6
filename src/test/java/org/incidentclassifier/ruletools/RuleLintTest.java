package org.incidentclassifier.ruletools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleProblem;
import org.junit.jupiter.api.Test;

class RuleLintTest {
    private static final String HEADER = "package classify;\nimport org.incidentclassifier.facts.*;\n\n";

    private static List<RuleProblem> lint(Map<String, String> drl) {
        RuleFiles files = new RuleFiles("my-rules", drl);
        return RuleLint.check(files, RuleLint.declarations(files));
    }

    @Test
    void aRuleWithIdAndDescriptionIsClean() {
        assertThat(lint(Map.of("classify/a.drl", HEADER
                + "rule \"A\"\n  @id(\"classify-a\")\n  @description(\"Says what A concludes.\")\nwhen\nthen\nend\n")))
                .isEmpty();
    }

    @Test
    void aQueryNeedsNoIdOrDescription() {
        assertThat(lint(Map.of("consistency/q.drl", HEADER
                + "query heldFigures\n  CountClaim( status == ClaimStatus.HELD )\nend\n"))).isEmpty();
    }

    @Test
    void aMissingIdAndDescriptionAreReportedAtTheRuleDeclaration() {
        assertThat(lint(Map.of("classify/a.drl", HEADER + "rule \"A\"\nwhen\nthen\nend\n"))).containsExactly(
                new RuleProblem("my-rules/classify/a.drl", 4, 1, "rule \"A\" has no @id; add a line"
                        + " @id(\"lower-case-words-with-dashes\") below the rule's name"),
                new RuleProblem("my-rules/classify/a.drl", 4, 1, "rule \"A\" has no @description; add a line"
                        + " @description(\"what the rule concludes, from which facts\") below the rule's name"));
    }

    @Test
    void anIdThatIsNotLowerCaseWithDashesIsReported() {
        assertThat(lint(Map.of("classify/a.drl", HEADER
                + "rule \"A\"\n  @id(\"Classify_A\")\n  @description(\"Says what A concludes.\")\nwhen\nthen\nend\n")))
                .containsExactly(new RuleProblem("my-rules/classify/a.drl", 4, 1, "rule \"A\" has"
                        + " @id(\"Classify_A\"); an id is lower-case letters and digits joined by dashes,"
                        + " e.g. \"classify-bombing\""));
    }

    @Test
    void aDuplicateIdIsReportedAtTheSecondRuleAndNamesTheFirst() {
        String rule = "  @id(\"classify-a\")\n  @description(\"Says what it concludes.\")\nwhen\nthen\nend\n";
        assertThat(lint(Map.of(
                "classify/a.drl", HEADER + "rule \"A\"\n" + rule,
                "classify/b.drl", HEADER + "\n// the same id again\nrule \"B\"\n" + rule)))
                .containsExactly(new RuleProblem("my-rules/classify/b.drl", 6, 1, "rule \"B\" has"
                        + " @id(\"classify-a\"), already used by rule \"A\" at my-rules/classify/a.drl:4;"
                        + " every rule needs its own id"));
    }
}
