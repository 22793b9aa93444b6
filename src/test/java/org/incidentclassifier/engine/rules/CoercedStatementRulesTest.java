package org.incidentclassifier.engine.rules;

import static org.incidentclassifier.engine.ExpectedInconsistency.inconsistency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.statement;
import static org.incidentclassifier.engine.RuleSession.assertConcludes;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.InconsistencyKind.COERCED_STATEMENT;
import static org.incidentclassifier.facts.Severity.MEDIUM;
import static org.incidentclassifier.facts.SourceKind.CAPTIVE;
import static org.incidentclassifier.facts.SourceKind.PERPETRATOR;
import static org.incidentclassifier.facts.StatementKind.DEMAND;
import static org.incidentclassifier.facts.StatementKind.TREATMENT;

import org.incidentclassifier.facts.Inconsistency;
import org.incidentclassifier.facts.StatementKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/consistency/coerced-statement.drl: what captives say about their treatment. */
class CoercedStatementRulesTest {

    @Nested
    class CoercedStatement {
        private static final String RULE = "coerced-statement";

        @Test
        void aHostageSayingTheCaptorsTreatThemWellMayBeCoerced() {
            assertConcludes(RULE, inconsistency(COERCED_STATEMENT, MEDIUM, "a French hostage said"
                            + " \"we are treated well\" while held; what captives say about their treatment may be"
                            + " coerced."),
                    statement(TREATMENT, "a French hostage", CAPTIVE, "we are treated well"));
        }

        @Test
        void anUnnamedCaptiveIsACaptive() {
            assertConcludes(RULE, inconsistency(COERCED_STATEMENT, MEDIUM, "A captive said"
                            + " \"they give us food and water\" while held; what captives say about their treatment may"
                            + " be coerced."),
                    statement(TREATMENT, null, CAPTIVE, "they give us food and water"));
        }

        @Test
        void theCaptorsSayingTheyTreatHostagesWellIsNotACaptivesStatement() {
            assertThat(rulesFiredOn(statement(TREATMENT, "the kidnappers", PERPETRATOR, "the hostages are treated well")))
                    .doesNotContain(RULE);
        }

        @Test
        void aCaptiveRelayingTheCaptorsDemandsIsNotAboutTreatment() {
            assertThat(rulesFiredOn(statement(DEMAND, "a hostage", CAPTIVE, "they want the army to withdraw")))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class CoercedStatementCaptiveDemand {
        private static final String RULE = "coerced-statement-captive-demand";

        @Test
        void aHostageReadingTheCaptorsDemandsSpeaksForThem() {
            assertConcludes(RULE, inconsistency(COERCED_STATEMENT, MEDIUM, "the kidnapped engineer voiced"
                            + " \"urged his government to free prisoners\" while held; a captive's demands are the"
                            + " captors' and may be said under duress."),
                    statement(DEMAND, "the kidnapped engineer", CAPTIVE, "urged his government to free prisoners"));
        }

        @Test
        void theCaptorsOwnDemandIsNotACaptivesStatement() {
            assertThat(rulesFiredOn(statement(DEMAND, "the kidnappers", PERPETRATOR, "we demand a ransom")))
                    .doesNotContain(RULE);
        }
    }
}
