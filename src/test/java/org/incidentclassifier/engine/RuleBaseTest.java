package org.incidentclassifier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleProblem;
import org.incidentclassifier.ruleset.RuleSetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseTest {

    @Test
    void everyShippedRuleHasAUniqueIdAndADescription() throws Exception {
        List<RuleInfo> rules = RuleBase.compile(RuleFiles.fromDirectory(Path.of("rules"))).rules();

        assertThat(rules).extracting(RuleInfo::id).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9-]+"));
        assertThat(rules).extracting(RuleInfo::description).allMatch(d -> d.length() > 20);
        assertThat(rules).filteredOn(r -> r.id().equals("role-hostage-named")).extracting(RuleInfo::description)
                .containsExactly("A nationality group mentioned as hostages or captives (\"Japanese hostages\").");
        assertThat(rules).extracting(RuleInfo::id).contains("arithmetic-killed-and-released-exceed-held",
                "classify-barricade-hostage-taking", "not-an-incident");
    }

    @Test
    void aSyntaxErrorIsReportedWithFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("classify"));
        Files.writeString(dir.resolve("classify/broken.drl"), String.join("\n",
                "package classify;",
                "import org.incidentclassifier.facts.*;",
                "",
                "rule \"Broken\"",
                "when",
                "    Trigger( kind == TriggerKind.SIEGE ",
                "then",
                "end",
                ""));

        assertThatThrownBy(() -> RuleBase.compile(RuleFiles.fromDirectory(dir)))
                .isInstanceOf(RuleSetException.class)
                .satisfies(e -> {
                    List<RuleProblem> problems = ((RuleSetException) e).problems();
                    assertThat(problems).containsExactly(new RuleProblem(dir.resolve("classify/broken.drl").toString(),
                            7, 1, "[ERR 102] Line 7:0 mismatched input 'then' in rule \"Broken\""));
                });
    }

    @Test
    void anUnknownFactFieldIsLocatedInTheFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("consistency"));
        Files.writeString(dir.resolve("consistency/typo.drl"), String.join("\n",
                "package consistency;",
                "import org.incidentclassifier.facts.*;",
                "",
                "rule \"Typo\"",
                "when",
                "    CountClaim( stattus == ClaimStatus.HELD )",
                "then",
                "end",
                ""));

        assertThatThrownBy(() -> RuleBase.compile(RuleFiles.fromDirectory(dir)))
                .isInstanceOf(RuleSetException.class)
                .satisfies(e -> assertThat(((RuleSetException) e).problems()).containsExactly(new RuleProblem(
                        dir.resolve("consistency/typo.drl").toString(), 6, 17,
                        "Unable to parse left part of expression: stattus == ClaimStatus.HELD")));
    }

    @Test
    void aQueryIsNoRuleOfTheRuleSet(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("consistency"));
        Files.writeString(dir.resolve("consistency/held.drl"), String.join("\n",
                "package consistency;",
                "import org.incidentclassifier.facts.*;",
                "",
                "query heldFigure( String doc )",
                "    CountClaim( status == ClaimStatus.HELD, document == doc )",
                "end",
                "",
                "rule \"A held figure\"",
                "    @id(\"held-figure\")",
                "    @description(\"A report gives a figure of people held.\")",
                "when",
                "    $c : CountClaim( )",
                "    heldFigure( $c.document; )",
                "then",
                "end",
                ""));

        assertThat(RuleBase.compile(RuleFiles.fromDirectory(dir)).rules()).extracting(RuleInfo::id)
                .containsExactly("held-figure");
    }

    @Test
    void aDirectoryWithoutRulesIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> RuleBase.compile(RuleFiles.fromDirectory(dir)))
                .isInstanceOf(RuleSetException.class)
                .hasMessage(dir + ": no .drl rule files found");
    }
}
