package org.incidentclassifier.ruletools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.engine.RuleBase;
import org.incidentclassifier.engine.RuleInfo;
import org.incidentclassifier.ruleset.RuleFiles;
import org.junit.jupiter.api.Test;

class DrlScannerTest {

    @Test
    void findsEachRuleWithItsLineColumnPackageAndMetadata() {
        String drl = String.join("\n",
                "package consistency;",
                "",
                "import org.incidentclassifier.facts.*;",
                "",
                "// rule \"In a comment\" is not a rule",
                "/* nor is",
                "   rule \"this one\" */",
                "rule \"Two figures disagree\"",
                "    @id(\"count-conflict\")",
                "    @description(\"Two sources give (different) figures; \\\"quoted\\\".\")",
                "    salience 10",
                "when",
                "    $a : CountClaim( source.name() == \"rule\" )",
                "then",
                "    String rule = \"end\";",
                "end",
                "",
                "function String label(CountClaim c) {",
                "    if (c != null) { return \"rule \\\"x\\\"\"; }",
                "    return \"end\";",
                "}",
                "",
                "  rule Bare",
                "when",
                "then",
                "end",
                "");

        List<DrlRule> rules = DrlScanner.scan("consistency/conflict.drl", drl);

        assertThat(rules).containsExactly(
                new DrlRule("consistency/conflict.drl", 8, 1, "consistency", "Two figures disagree",
                        Map.of("id", "count-conflict",
                                "description", "Two sources give (different) figures; \"quoted\".")),
                new DrlRule("consistency/conflict.drl", 23, 3, "consistency", "Bare", Map.of()));
        assertThat(rules.get(1).id()).isNull();
        assertThat(rules.get(1).description()).isNull();
    }

    @Test
    void findsTheSameRulesAsTheCompilerInTheShippedRules() throws Exception {
        RuleFiles files = RuleFiles.fromDirectory(Path.of("rules"));
        List<RuleInfo> compiled = RuleBase.compile(files).rules();

        List<DrlRule> scanned = RuleLint.declarations(files);

        // The compiled metadata keeps a quote's backslash (\"); the scanner reads the string as DRL means it.
        assertThat(scanned).extracting(r -> r.packageName() + "/" + r.name() + "/" + r.id() + "/" + r.description())
                .containsExactlyInAnyOrderElementsOf(compiled.stream()
                        .map(r -> r.file() + "/" + r.name() + "/" + r.id() + "/" + r.description().replace("\\\"", "\""))
                        .toList());
    }
}
