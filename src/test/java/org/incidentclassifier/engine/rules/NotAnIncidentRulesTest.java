package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.FactBuilder.datedFrame;
import static org.incidentclassifier.engine.FactBuilder.document;
import static org.incidentclassifier.engine.FactBuilder.frame;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.reason;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.FrameKind.COMMEMORATION;
import static org.incidentclassifier.facts.FrameKind.COURT;
import static org.incidentclassifier.facts.FrameKind.DISASTER;
import static org.incidentclassifier.facts.FrameKind.HISTORY;
import static org.incidentclassifier.facts.FrameKind.NEW_EVENT;
import static org.incidentclassifier.facts.FrameKind.REVIEW;
import static org.incidentclassifier.facts.FrameKind.TRAINING;
import static org.incidentclassifier.facts.Subject.PEOPLE;
import static org.incidentclassifier.facts.TriggerKind.ATTACKER;
import static org.incidentclassifier.facts.TriggerKind.BOMBING;
import static org.incidentclassifier.facts.TriggerKind.HIJACKING;

import java.util.List;
import org.incidentclassifier.engine.Reasoning;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.Document;
import org.incidentclassifier.facts.NotAnIncident;
import org.incidentclassifier.facts.ReportFrame;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/classify/not-an-incident.drl: reviews, court reports, commemorations, exercises and other frames. */
class NotAnIncidentRulesTest {
    private static final Document DOC = document("doc");

    @Nested
    class NotAnIncidentRule {
        private static final String RULE = "not-an-incident";

        @Test
        void aFilmReviewWithAHijackingIsNotAnIncident() {
            ReportFrame review = frame(REVIEW, 3, true, 0, 2);
            Reasoning reasoning = reason(List.of(DOC, review, trigger(HIJACKING, "hijacked")));

            assertThat(reasoning.of(NotAnIncident.class)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new NotAnIncident("doc",
                            "the report reads as review (3 cues, the first 'REVIEW')"), RULE, review));
            assertThat(reasoning.of(Classification.class)).isEmpty();
        }

        @Test
        void aCourtReportThatRepeatsTheOldTollIsStillNotAnIncident() {
            // "the man who killed 12 people in a bombing in 2011 was refused parole": the toll does not make it news
            assertThat(rulesFiredOn(DOC, frame(COURT, 2, true, 0, 3), trigger(BOMBING, "bombing"),
                    claim("c1", 12, PEOPLE, KILLED).build())).contains(RULE);
        }

        @Test
        void twoCuesOutsideTheLeadDoNotMakeAFrame() {
            assertThat(rulesFiredOn(DOC, frame(REVIEW, 2, false, 5, 9), trigger(HIJACKING, "hijacked")))
                    .doesNotContain(RULE);
        }

        @Test
        void anAttackDatedAsRecentIsNewsWhateverTheFrame() {
            // "Gunmen hijacked a bus on Tuesday" in a report that also mentions a trial
            assertThat(rulesFiredOn(DOC, frame(COURT, 4, true, 0, 1), frame(NEW_EVENT, 1, true, 2),
                    trigger(HIJACKING, "hijacked", "doc", 2, 10))).doesNotContain(RULE);
        }

        @Test
        void anAttackToldWithADateWeeksBeforeTheReportIsNoNewsInAFramedReport() {
            // a commemoration: "On 3 May, twelve years ago, gunmen hijacked a bus" - the recent-time cue dates an
            // event long before the report's date, so it does not make the report news
            assertThat(rulesFiredOn(DOC, frame(COURT, 4, true, 0, 1), datedFrame(NEW_EVENT, 4383, 2),
                    trigger(HIJACKING, "hijacked", "doc", 2, 10))).contains(RULE);
        }

        @Test
        void anAttackDatedWithinAMonthOfTheReportIsStillNews() {
            // near miss: "Gunmen hijacked a bus on 3 May" in a report of 10 May that also mentions a trial
            assertThat(rulesFiredOn(DOC, frame(COURT, 4, true, 0, 1), datedFrame(NEW_EVENT, 7, 2),
                    trigger(HIJACKING, "hijacked", "doc", 2, 10))).doesNotContain(RULE);
        }

        @Test
        void aRecentDateWithNoAttackInItsSentenceLeavesTheFrame() {
            // "the drill was held on Thursday"; the attack it simulated is in another sentence
            assertThat(rulesFiredOn(DOC, frame(TRAINING, 3, true, 0, 1), frame(NEW_EVENT, 1, true, 1),
                    trigger(HIJACKING, "hijacked", "doc", 3, 10))).contains(RULE);
        }
    }

    @Nested
    class LookingBackRule {
        private static final String RULE = "not-an-incident-looking-back";

        @Test
        void aRemembranceInTheLeadAndAnEraLaterLookBack() {
            // "Town remembers the pirates who seized its harbour" ... "the era ended when navies patrolled the coast"
            assertThat(rulesFiredOn(DOC, frame(COMMEMORATION, 1, true, 0), frame(HISTORY, 1, false, 4),
                    trigger(HIJACKING, "seized"))).contains(RULE);
        }

        @Test
        void theReportIsNoIncidentOnceEvenWhenBothCuesLead() {
            Reasoning reasoning = reason(List.of(DOC, frame(COMMEMORATION, 1, true, 0), frame(HISTORY, 1, true, 1),
                    trigger(BOMBING, "bombing")));

            assertThat(reasoning.of(NotAnIncident.class)).hasSize(1);
        }

        @Test
        void oneLookingBackCueIsNotAFrame() {
            // near miss: "a year after the market bombing" in a report that names no other look back
            assertThat(rulesFiredOn(DOC, frame(COMMEMORATION, 1, true, 0), trigger(BOMBING, "bombing")))
                    .doesNotContain(RULE);
        }

        @Test
        void lookingBackCuesOutsideTheLeadAreNotAFrame() {
            // near miss: a bombing report that recalls, late on, a memorial and the city's old era
            assertThat(rulesFiredOn(DOC, frame(COMMEMORATION, 1, false, 5), frame(HISTORY, 1, false, 6),
                    trigger(BOMBING, "bombing"))).doesNotContain(RULE);
        }

        @Test
        void aSentenceDatedAsRecentMakesItNews() {
            // near miss: "a year after the massacre, gunmen struck again today"
            assertThat(rulesFiredOn(DOC, frame(COMMEMORATION, 1, true, 0), frame(HISTORY, 1, false, 4),
                    frame(NEW_EVENT, 1, true, 1), trigger(BOMBING, "bombing", "doc", 1, 10))).doesNotContain(RULE);
        }
    }

    @Nested
    class AccidentalBlastRule {
        private static final String RULE = "not-an-incident-accidental-blast";

        @Test
        void aGasBlastInTheLeadWithNoBombIsAnAccident() {
            // "A boiler exploded at a dye works, killing four workers"
            assertThat(rulesFiredOn(DOC, frame(DISASTER, 1, true, 0), trigger(BOMBING, "exploded"),
                    claim("c1", 4, PEOPLE, KILLED).build())).contains(RULE);
        }

        @Test
        void aBombNamedBesideTheGasIsNoAccident() {
            // near miss: "first taken for a gas explosion, the blast was caused by a bomb left in a bag"
            assertThat(rulesFiredOn(DOC, frame(DISASTER, 1, true, 0), trigger(BOMBING, "explosion"),
                    trigger(BOMBING, "bomb"))).doesNotContain(RULE);
        }

        @Test
        void gunmenAtTheBlastMakeItAnAttack() {
            // near miss: "gunmen were seen near the gas depot before the explosion"
            assertThat(rulesFiredOn(DOC, frame(DISASTER, 1, true, 0), trigger(BOMBING, "explosion"),
                    trigger(ATTACKER, "gunmen"))).doesNotContain(RULE);
        }
    }
}
