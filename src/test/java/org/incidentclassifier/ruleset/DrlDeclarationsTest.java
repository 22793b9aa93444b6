package org.incidentclassifier.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.engine.RuleBase;
import org.incidentclassifier.engine.RuleInfo;
import org.junit.jupiter.api.Test;

/** Drools' own parser finds the rules, their metadata and places as the compiler sees them. */
class DrlDeclarationsTest {

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

        List<DrlRule> rules = DrlDeclarations.scan("consistency/conflict.drl", drl);

        assertThat(rules).containsExactly(
                new DrlRule("consistency/conflict.drl", 8, 1, "consistency", "Two figures disagree",
                        Map.of("id", "count-conflict",
                                "description", "Two sources give (different) figures; \"quoted\"."),
                        drl.indexOf("then\n    String rule"), drl.indexOf("end\n\nfunction") + 3, List.of(), false),
                new DrlRule("consistency/conflict.drl", 23, 3, "consistency", "Bare", Map.of(),
                        drl.indexOf("then\nend\n", drl.indexOf("rule Bare")), drl.length() - 1, List.of(), false));
        assertThat(rules.get(1).id()).isNull();
        assertThat(rules.get(1).description()).isNull();
    }

    @Test
    void findsTheSameRulesAsTheCompilerInTheShippedRules() throws Exception {
        RuleFiles files = RuleFiles.fromDirectory(Path.of("rules"));
        List<RuleInfo> compiled = RuleBase.compile(files).rules();

        List<DrlRule> scanned = DrlDeclarations.of(files);

        // The compiled metadata keeps a quote's backslash (\"); the declarations read the string as DRL means it.
        assertThat(scanned).extracting(r -> r.packageName() + "/" + r.name() + "/" + r.id() + "/" + r.description())
                .containsExactlyInAnyOrderElementsOf(compiled.stream()
                        .map(r -> r.file() + "/" + r.name() + "/" + r.id() + "/" + r.description().replace("\\\"", "\""))
                        .toList());
    }

    @Test
    void aNameWithEscapedQuotesIsReadAsWritten() {
        String drl = "package classify;\n\nrule \"A \\\"bomb\\\" at the gate\"\n    @id(\"gate-bomb\")\nwhen\nthen\nend\n";

        assertThat(DrlDeclarations.scan("classify/gate.drl", drl)).singleElement()
                .extracting(DrlRule::name, DrlRule::line, DrlRule::column, DrlRule::id)
                .containsExactly("A \"bomb\" at the gate", 3, 1, "gate-bomb");
    }

    @Test
    void theConditionsOverNoSingleFactAreKeptWithTheirText() {
        String drl = String.join("\n",
                "package classify;",
                "rule \"Quiet siege\"",
                "when",
                "    $t : Trigger( kind == TriggerKind.HOSTAGE_TAKING )",
                "    not NotAnIncident( document == $t.document,",
                "                       reason != null )",
                "    exists ActorMention( kind == ActorKind.ARMED_GROUP )",
                "    $n : Number( intValue > 2 ) from accumulate( $c : CountClaim(), count( $c ) )",
                "then",
                "end",
                "");

        assertThat(DrlDeclarations.scan("classify/siege.drl", drl).get(0).conditions()).containsExactly(
                new DrlRule.Condition(DrlRule.Kind.NOT, "not NotAnIncident( document == $t.document, reason != null )"),
                new DrlRule.Condition(DrlRule.Kind.EXISTS, "exists ActorMention( kind == ActorKind.ARMED_GROUP )"),
                new DrlRule.Condition(DrlRule.Kind.ACCUMULATE,
                        "$n : Number( intValue > 2 ) from accumulate( $c : CountClaim(), count( $c ) )"));
    }
}
