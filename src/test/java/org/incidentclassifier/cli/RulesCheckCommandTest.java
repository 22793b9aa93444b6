package org.incidentclassifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.incidentclassifier.ruletools.RulesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules check} on the shipped rules and on copies broken in each way an analyst might break them. */
class RulesCheckCommandTest {
    @TempDir
    Path temp;

    private CliRun check(RulesCopy rules) {
        return CliRun.of("rules", "check", "--rules", rules.toString());
    }

    @Test
    void theShippedRulesAreCleanAndEveryRuleIsTested() {
        CliRun run = CliRun.of("rules", "check", "--rules", "rules");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(1);
        assertThat(run.outLines().get(0)).startsWith("rules: ").endsWith(": 0 errors, 0 warnings");
    }

    @Test
    void aDrlSyntaxErrorIsReportedWithFileLineAndColumn() {
        RulesCopy rules = RulesCopy.in(temp).write("classify/broken.drl", """
                package classify;

                import org.incidentclassifier.facts.*;

                // Hijackings, with a bracket left open.
                rule "Broken hijacking"
                    @id("broken-hijacking")
                    @description("A hijacking trigger, badly written.")
                when
                    $t : Trigger( kind == TriggerKind.HIJACKING, factual
                then
                    insertLogical(new Classification(IncidentType.HIJACKING, 0.5));
                end
                """);

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.outLines()).first().isEqualTo(rules.file("classify/broken.drl")
                + ":11:1: [ERR 102] Line 11:0 mismatched input 'then' in rule \"Broken hijacking\"");
        assertThat(run.outLines()).last().asString().endsWith(": 1 error, 0 warnings");
    }

    @Test
    void anUnknownFactFieldIsLocatedInTheFile() {
        RulesCopy rules = RulesCopy.in(temp).write("consistency/typo.drl", """
                package consistency;

                import org.incidentclassifier.facts.*;

                // Figures that are too large, with a misspelt field.
                rule "Too many held"
                    @id("too-many-held")
                    @description("A figure of people held above ten thousand.")
                when
                    $c : CountClaim( stattus == ClaimStatus.HELD, lowerBound() > 10000 )
                then
                    insertLogical(new Inconsistency(InconsistencyKind.ARITHMETIC, Severity.LOW, "too many"));
                end
                """);

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.outLines()).first().isEqualTo(rules.file("consistency/typo.drl")
                + ":10:22: Unable to parse left part of expression: stattus == ClaimStatus.HELD");
        assertThat(run.outLines()).last().asString().endsWith(": 1 error, 0 warnings");
    }

    @Test
    void aTypoInAThenPartIsReportedOnceAtItsPlaceInTheDrl() {
        RulesCopy rules = RulesCopy.in(temp).write("classify/typo-then.drl", """
                package classify;

                import org.incidentclassifier.facts.*;

                // Hijackings, with a misspelt action.
                rule "Misspelt action"
                    @id("misspelt-action")
                    @description("A hijacking trigger, with a typo after then.")
                when
                    $t : Trigger( kind == TriggerKind.HIJACKING, factual )
                then
                    insertLogicl(new Classification(IncidentType.HIJACKING, 0.5));
                end
                """);

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.outLines()).hasSize(2).first().isEqualTo(rules.file("classify/typo-then.drl") + ":12:5:"
                + " The method insertLogicl(Classification) is undefined (in the then part of rule \"Misspelt action\")");
        assertThat(run.outLines()).last().asString().endsWith(": 1 error, 0 warnings");
    }

    @Test
    void aMisspeltEnumValueIsReportedAtItsLineWithTheNearestValue() {
        RulesCopy rules = RulesCopy.in(temp).write("consistency/typo-enum.drl", """
                package consistency;

                import org.incidentclassifier.facts.*;

                // Figures of the dead that are too large, with a misspelt status.
                rule "Too many dead"
                    @id("too-many-dead")
                    @description("A figure of people killed above ten thousand.")
                when
                    $c : CountClaim( status == ClaimStatus.KILED, lowerBound() > 10000 )
                then
                    insertLogical(new Inconsistency(InconsistencyKind.ARITHMETIC, Severity.LOW, "too many"));
                end
                """);

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.outLines()).first().isEqualTo(rules.file("consistency/typo-enum.drl") + ":10:32: Unknown"
                + " field KILED on class org.incidentclassifier.facts.ClaimStatus; did you mean KILLED?");
        assertThat(run.outLines()).last().asString().endsWith(": 1 error, 0 warnings");
    }

    @Test
    void aRuleNameWithEscapedQuotesCompilesAndKeepsItsName() {
        RulesCopy rules = RulesCopy.in(temp).write("classify/quoted.drl", """
                package classify;

                import org.incidentclassifier.facts.*;

                // A name that quotes the words of the report.
                rule "A \\"bomb\\" at the gate"
                    @id("classify-gate-bomb")
                    @description("A factual bombing trigger, named with quotes.")
                when
                    not NotAnIncident()
                    $t : Trigger( kind == TriggerKind.BOMBING, factual, phrase == "no such phrase" )
                then
                    insertLogical(new Classification(IncidentType.BOMBING_EXPLOSION, 0.6));
                end
                """);

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.outLines()).filteredOn(l -> l.contains("/classify/quoted.drl")).containsExactly(
                rules.file("classify/quoted.drl") + ":6:1: warning: rule classify-gate-bomb is tested by no"
                        + " case: no case in tests/ names it or fires it");
    }

    @Test
    void aLexiconSavedWithAByteOrderMarkIsRead() {
        RulesCopy rules = RulesCopy.in(temp);
        String places = read(rules, "lexicon/places.csv");
        rules.write("lexicon/places.csv", "\uFEFF" + places);

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.outLines()).last().asString().endsWith(": 0 errors, 0 warnings");
    }

    @Test
    void aBadLexiconRowIsReportedAtItsLineAndColumn() {
        RulesCopy rules = RulesCopy.in(temp).append("lexicon/outlets.csv", "Desert Voice,Desert Voice,BLOGGER,DZ\n");
        int line = lines(rules, "lexicon/outlets.csv");

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.outLines()).first().isEqualTo(rules.file("lexicon/outlets.csv") + ":" + line
                + ":3: unknown source kind 'BLOGGER'; one of [PERPETRATOR, PERPETRATOR_CONDUIT, STATE_OFFICIAL,"
                + " STATE_MEDIA, INDEPENDENT_MEDIA, WIRE_AGENCY, WITNESS, CAPTIVE, COMPANY, GOVERNMENT, UNKNOWN]");
        assertThat(run.outLines()).last().asString().endsWith(": 1 error, 0 warnings");
    }

    @Test
    void aMisspeltLexiconValueGetsTheNearestValue() {
        RulesCopy rules = RulesCopy.in(temp)
                .append("lexicon/outlets.csv", "Desert Voice,Desert Voice,STATE_MEDIUM,DZ\n");
        int line = lines(rules, "lexicon/outlets.csv");

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.outLines()).first().asString().startsWith(rules.file("lexicon/outlets.csv") + ":" + line
                + ":3: unknown source kind 'STATE_MEDIUM'; one of [").endsWith("]; did you mean STATE_MEDIA?");
    }

    @Test
    void aLexiconWithoutARequiredColumnIsReportedAtItsHeader() {
        RulesCopy rules = RulesCopy.in(temp).replace("lexicon/places.csv", "name,aliases,kind,country\n",
                "name,aliases,kind\n");

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.outLines()).first().isEqualTo(rules.file("lexicon/places.csv")
                + ":1:1: missing column 'country' (header must include name,aliases,kind,country)");
        assertThat(run.outLines()).last().asString().endsWith(": 1 error, 0 warnings");
    }

    @Test
    void anUnknownCountryCodeIsReportedAtItsLineAndColumn() {
        RulesCopy rules = RulesCopy.in(temp).append("lexicon/places.csv", "Gao Airport,Gao Airport,SITE,XX\n");
        int line = lines(rules, "lexicon/places.csv");

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.outLines()).first().isEqualTo(rules.file("lexicon/places.csv") + ":" + line
                + ":4: unknown country code 'XX' (see lexicon/countries.csv)");
    }

    @Test
    void anAliasNamingTwoActorsIsReported() {
        RulesCopy rules = RulesCopy.in(temp).append("lexicon/actors.csv",
                "new-front,New Front,New Front|AQIM,ARMED_GROUP,DZ,\n");
        int line = lines(rules, "lexicon/actors.csv");

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.outLines()).first().isEqualTo(rules.file("lexicon/actors.csv") + ":" + line
                + ":3: 'AQIM' already names 'aqim'; one spelling can name only one entry");
    }

    @Test
    void aKnownAffiliationWithAnUnknownRelationOrTargetIsReported() {
        RulesCopy rules = RulesCopy.in(temp).append("lexicon/actors.csv",
                "dune-front,Dune Front,Dune Front,ARMED_GROUP,DZ,FRIENDS_WITH:aqim|AFFILIATED_TO:nobody-known\n");
        int line = lines(rules, "lexicon/actors.csv");

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.outLines()).startsWith(rules.file("lexicon/actors.csv") + ":" + line
                + ":6: unknown relation 'FRIENDS_WITH' in 'FRIENDS_WITH:aqim'; one of "
                + java.util.Arrays.toString(org.incidentclassifier.facts.Relation.values()),
                rules.file("lexicon/actors.csv") + ":" + line
                + ":6: 'nobody-known' in 'AFFILIATED_TO:nobody-known' is no actor id of actors.csv");
    }

    @Test
    void aDuplicateIdAndAMissingDescriptionAreReportedAtTheRuleDeclaration() {
        String rule = """
                package classify;

                import org.incidentclassifier.facts.*;

                // %s
                rule "%s"
                    @id("classify-hijacked-ship")
                    %s
                when
                    not NotAnIncident()
                    $t : Trigger( kind == TriggerKind.HIJACKING, factual )
                then
                    insertLogical(new Classification(IncidentType.HIJACKING, 0.5));
                end
                """;
        RulesCopy rules = RulesCopy.in(temp)
                .write("classify/ships-a.drl", rule.formatted("A seized ship.", "Hijacked ship",
                        "@description(\"A factual hijacking trigger.\")"))
                .write("classify/ships-b.drl", rule.formatted("The same, again.", "Hijacked ship again", ""));

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.outLines()).filteredOn(l -> l.contains("/classify/ships-")).containsExactly(
                rules.file("classify/ships-b.drl") + ":6:1: rule \"Hijacked ship again\" has"
                        + " @id(\"classify-hijacked-ship\"), already used by rule \"Hijacked ship\" at "
                        + rules.file("classify/ships-a.drl") + ":6; every rule needs its own id",
                rules.file("classify/ships-b.drl") + ":6:1: rule \"Hijacked ship again\" has no @description;"
                        + " add a line @description(\"what the rule concludes, from which facts\") below the rule's"
                        + " name");
        assertThat(run.outLines()).last().asString().contains(": 2 errors, ");
    }

    @Test
    void aRuleNoCaseNamesOrFiresIsAWarningOnly() {
        RulesCopy rules = RulesCopy.in(temp).write("classify/unarmed.drl", """
                package classify;

                import org.incidentclassifier.facts.*;

                // Beatings and stabbings without firearms or explosives.
                rule "A beating is a beating"
                    @id("classify-beating")
                    @description("A factual unarmed-assault trigger (there is no such trigger kind yet).")
                when
                    not NotAnIncident()
                    $t : Trigger( kind == TriggerKind.ASSASSINATION, factual, phrase == "beat" )
                then
                    insertLogical(new Classification(IncidentType.UNARMED_ASSAULT, 0.6));
                end
                """);

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.outLines()).filteredOn(l -> l.contains("/classify/unarmed.drl")).containsExactly(
                rules.file("classify/unarmed.drl") + ":6:1: warning: rule classify-beating is tested by no"
                        + " case: no case in tests/ names it or fires it");
        assertThat(run.outLines()).last().asString().contains(": 0 errors, ");
    }

    @Test
    void anAnnotationNothingReadsIsAWarning() {
        RulesCopy rules = RulesCopy.in(temp).write("consistency/severe.drl", """
                package consistency;

                import org.incidentclassifier.facts.*;

                // Figures of the dead that are too large, marked severe in the metadata.
                rule "Too many dead"
                    @id("too-many-dead")
                    @description("A figure of people killed above ten thousand.")
                    @severity("HIGH")
                    @desciption("a typo")
                when
                    $c : CountClaim( status == ClaimStatus.KILLED, lowerBound() > 10000 )
                then
                    insertLogical(new Inconsistency(InconsistencyKind.ARITHMETIC, Severity.LOW, "too many"));
                end

                // A severity on a rule that concludes a type, not an inconsistency.
                rule "Severe hijacking"
                    @id("severe-hijacking")
                    @description("A factual hijacking trigger.")
                    @severity("HIGH")
                when
                    $t : Trigger( kind == TriggerKind.HIJACKING, factual, phrase == "commandeered at sea" )
                then
                    insertLogical(new Classification(IncidentType.HIJACKING, 0.5));
                end
                """);

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.outLines()).filteredOn(l -> l.contains("/consistency/severe.drl")).containsExactly(
                rules.file("consistency/severe.drl") + ":6:1: warning: rule \"Too many dead\" has @desciption, which"
                        + " nothing reads (known: @id, @description, @severity); did you mean @description?",
                rules.file("consistency/severe.drl") + ":18:1: warning: rule \"Severe hijacking\" has @severity, but"
                        + " its then part inserts no Inconsistency; @severity sets only an inconsistency's severity",
                rules.file("consistency/severe.drl") + ":6:1: warning: rule too-many-dead is tested by no case: no"
                        + " case in tests/ names it or fires it",
                rules.file("consistency/severe.drl") + ":18:1: warning: rule severe-hijacking is tested by no case:"
                        + " no case in tests/ names it or fires it");
    }

    @Test
    void aSeverityThatIsNoSeverityIsAnErrorAtTheAnnotationWithTheNearestValue() {
        RulesCopy rules = RulesCopy.in(temp).write("consistency/severe.drl", """
                package consistency;

                import org.incidentclassifier.facts.*;

                // Figures of the dead that are too large, with a misspelt severity.
                rule "Too many dead"
                    @id("too-many-dead")
                    @description("A figure of people killed above ten thousand.")
                      @severity("HGH")
                when
                    $c : CountClaim( status == ClaimStatus.KILLED, lowerBound() > 10000 )
                then
                    insertLogical(new Inconsistency(InconsistencyKind.ARITHMETIC, Severity.LOW, "too many"));
                end
                """);

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.outLines()).hasSize(2).first().isEqualTo(rules.file("consistency/severe.drl") + ":9:7: rule"
                + " \"Too many dead\" has @severity(\"HGH\"); a severity is one of LOW, MEDIUM, HIGH; did you mean HIGH?");
        assertThat(run.outLines()).last().asString().endsWith(": 1 error, 0 warnings");
    }

    @Test
    void aCaseThatNamesAnUnknownRuleIsAnError() {
        RulesCopy rules = RulesCopy.in(temp).write("tests/typo.yaml", """
                - name: a hijacking
                  text: Four men hijacked the airliner shortly after take-off.
                  expect:
                    rules: [classify-hijack]
                """);

        CliRun run = check(rules);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.outLines()).first().isEqualTo(rules.file("tests/typo.yaml")
                + ":4:13: no rule has @id(\"classify-hijack\")");
        assertThat(run.outLines()).contains(rules.file("tests/typo.yaml")
                + ":1:3: warning: case \"a hijacking\" fails; 'incident rules test' shows why");
        assertThat(run.outLines()).last().asString().contains(": 1 error, ");
    }

    @Test
    void aMissingRulesDirectoryIsOneLine() {
        CliRun run = CliRun.of("rules", "check", "--rules", temp.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("incident: " + temp.resolve("nope") + ": rules directory not found");
    }

    private static String read(RulesCopy rules, String relative) {
        try {
            return java.nio.file.Files.readString(rules.file(relative));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int lines(RulesCopy rules, String relative) {
        try {
            return (int) java.nio.file.Files.readString(rules.file(relative)).lines().count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
