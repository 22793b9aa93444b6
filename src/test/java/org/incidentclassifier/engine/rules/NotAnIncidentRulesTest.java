package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.FactBuilder.document;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.reason;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.ClaimStatus.RELEASED;
import static org.incidentclassifier.facts.Subject.PASSENGERS;
import static org.incidentclassifier.facts.Subject.PEOPLE;
import static org.incidentclassifier.facts.TriggerKind.HIJACKING;
import static org.incidentclassifier.facts.TriggerKind.NON_INCIDENT_CUE;

import java.util.List;
import org.incidentclassifier.engine.Reasoning;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.Document;
import org.incidentclassifier.facts.NotAnIncident;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/classify/not-an-incident.drl: reviews, match reports and business stories. */
class NotAnIncidentRulesTest {
    private static final Document REVIEW = document("doc");

    @Nested
    class NotAnIncidentRule {
        private static final String RULE = "not-an-incident";

        @Test
        void aFilmReviewWithAHijackingIsNotAnIncident() {
            Reasoning reasoning = reason(List.of(REVIEW, trigger(NON_INCIDENT_CUE, "film"),
                    trigger(NON_INCIDENT_CUE, "thriller"), trigger(NON_INCIDENT_CUE, "director"),
                    trigger(HIJACKING, "hijacked")));

            assertThat(reasoning.of(NotAnIncident.class)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new NotAnIncident("doc",
                            "the report reads as a review, a match report or a business story"), RULE, REVIEW, 3L));
            assertThat(reasoning.of(Classification.class)).isEmpty();
        }

        @Test
        void aReviewCountingNoOneHurtOrHeldIsStillNotAnIncident() {
            // the passengers released in the plot are no casualty or captive figure
            assertThat(rulesFiredOn(REVIEW, trigger(NON_INCIDENT_CUE, "film"), trigger(NON_INCIDENT_CUE, "cast"),
                    trigger(NON_INCIDENT_CUE, "box office"), claim("c1", 50, PASSENGERS, RELEASED).build()))
                    .contains(RULE);
        }

        @Test
        void twoCuesDoNotMakeAReview() {
            assertThat(rulesFiredOn(REVIEW, trigger(NON_INCIDENT_CUE, "film"), trigger(NON_INCIDENT_CUE, "cast"),
                    trigger(HIJACKING, "hijacked"))).doesNotContain(RULE);
        }

        @Test
        void aReportThatCountsTheDeadIsAnIncidentWhateverItsCues() {
            assertThat(rulesFiredOn(REVIEW, trigger(NON_INCIDENT_CUE, "film"), trigger(NON_INCIDENT_CUE, "cast"),
                    trigger(NON_INCIDENT_CUE, "box office"), claim("c1", 2, PEOPLE, KILLED).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void cuesOfAnotherDocumentDoNotCount() {
            assertThat(rulesFiredOn(REVIEW, trigger(NON_INCIDENT_CUE, "film", "other", 0, 10),
                    trigger(NON_INCIDENT_CUE, "cast", "other", 0, 40), trigger(NON_INCIDENT_CUE, "box office", "other", 1, 90)))
                    .doesNotContain(RULE);
        }
    }
}
