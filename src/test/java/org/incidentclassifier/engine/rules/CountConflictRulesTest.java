package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.HELD;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.InconsistencyKind.COUNT_CONFLICT;
import static org.incidentclassifier.facts.Severity.HIGH;
import static org.incidentclassifier.facts.Severity.LOW;
import static org.incidentclassifier.facts.Severity.MEDIUM;
import static org.incidentclassifier.facts.SourceKind.PERPETRATOR;
import static org.incidentclassifier.facts.SourceKind.STATE_MEDIA;
import static org.incidentclassifier.facts.SourceKind.STATE_OFFICIAL;
import static org.incidentclassifier.facts.SourceKind.UNKNOWN;
import static org.incidentclassifier.facts.SourceKind.WIRE_AGENCY;
import static org.incidentclassifier.facts.Stance.CLAIMED;
import static org.incidentclassifier.facts.Subject.FOREIGN_HOSTAGES;
import static org.incidentclassifier.facts.Subject.HOSTAGES;
import static org.incidentclassifier.facts.Subject.SECURITY_FORCES;

import org.incidentclassifier.facts.ClaimGrade;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Inconsistency;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/consistency/count-conflict.drl: different figures for one outcome. */
class CountConflictRulesTest {

    @Nested
    class CountConflict {
        private static final String RULE = "count-conflict";
        private final CountClaim byAps = claim("c1", 20, HOSTAGES, KILLED).from("APS", STATE_MEDIA).in("doc1", 3).build();

        @Test
        void twoReportsGivingDisjointFiguresForTheDeadConflict() {
            CountClaim byReuters = claim("c2", 30, HOSTAGES, KILLED).from("Reuters", WIRE_AGENCY).in("doc2", 4).build();

            assertThat(concludedBy(RULE, byAps, byReuters)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Inconsistency(COUNT_CONFLICT, HIGH,
                            "20 hostages killed (according to APS, doc1) against 30 (according to Reuters, doc2)."),
                            RULE, byAps, byReuters, new ClaimGrade("c1", "C", 3, "a state media source"),
                            new ClaimGrade("c2", "B", 3, "a wire agency source")));
        }

        @Test
        void aConflictWithTheLeastCredibleClaimUnattributedIsOfLowSeverity() {
            CountClaim unattributed = claim("c2", 25, HOSTAGES, KILLED).unattributed(UNKNOWN).stance(CLAIMED)
                    .in("doc2", 4).build();

            assertThat(concludedBy(RULE, byAps, unattributed)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Inconsistency(COUNT_CONFLICT, LOW,
                            "20 hostages killed (according to APS, doc1) against 25 (source not named, doc2)."),
                            RULE, byAps, unattributed, new ClaimGrade("c1", "C", 3, "a state media source"),
                            new ClaimGrade("c2", "F", 6, "an unknown source")));
        }

        @Test
        void figuresMoreThanThreeTimesApartCountDifferentPeople() {
            assertThat(rulesFiredOn(byAps, claim("c2", 61, HOSTAGES, KILLED).in("doc2", 4).build())).doesNotContain(RULE);
        }

        @Test
        void overlappingFiguresDoNotConflict() {
            // "some 22" allows 19 to 25
            assertThat(rulesFiredOn(byAps, claim("c2", 22, HOSTAGES, KILLED).approximately().in("doc2", 4).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void figuresOfHostagesHeldChangeByTheHourAndDoNotConflict() {
            assertThat(rulesFiredOn(claim("c1", 20, HOSTAGES, HELD).in("doc1", 3).build(),
                    claim("c2", 30, HOSTAGES, HELD).in("doc2", 4).build())).doesNotContain(RULE);
        }

        @Test
        void figuresForDifferentPeopleDoNotConflict() {
            assertThat(rulesFiredOn(byAps, claim("c2", 30, FOREIGN_HOSTAGES, KILLED).in("doc2", 4).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aPartDoesNotConflictWithATotal() {
            assertThat(rulesFiredOn(byAps, claim("c2", 30, HOSTAGES, KILLED).part().in("doc2", 4).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void figuresOfOneReportAreNotAConflictBetweenReports() {
            assertThat(rulesFiredOn(byAps, claim("c2", 30, HOSTAGES, KILLED).from("Reuters", WIRE_AGENCY)
                    .in("doc1", 4).build())).doesNotContain(RULE);
        }
    }

    @Nested
    class CountConflictWithinReport {
        private static final String RULE = "count-conflict-within-report";
        private final CountClaim byArmy = claim("c1", 20, SECURITY_FORCES, KILLED).from("the army", STATE_OFFICIAL)
                .in("doc", 3).build();

        @Test
        void twoNamedSourcesInOnePassageGivingDisjointFiguresConflict() {
            // "the army said 20 soldiers died, the insurgents claimed 45"
            CountClaim byInsurgents = claim("c2", 45, SECURITY_FORCES, KILLED).from("the insurgents", PERPETRATOR)
                    .stance(CLAIMED).in("doc", 4).build();

            assertThat(concludedBy(RULE, byArmy, byInsurgents)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Inconsistency(COUNT_CONFLICT, MEDIUM,
                            "20 security forces killed (according to the army) against 45 (according to the insurgents)."),
                            RULE, byArmy, byInsurgents, new ClaimGrade("c1", "B", 3, "a state official source"),
                            new ClaimGrade("c2", "D", 4, "a perpetrator source")));
        }

        @Test
        void figuresThreeSentencesApartAreNotOnePassage() {
            assertThat(rulesFiredOn(byArmy, claim("c2", 45, SECURITY_FORCES, KILLED).from("the insurgents", PERPETRATOR)
                    .in("doc", 6).build())).doesNotContain(RULE);
        }

        @Test
        void oneSourceRevisingItsFigureDoesNotConflictWithItself() {
            assertThat(rulesFiredOn(byArmy, claim("c2", 25, SECURITY_FORCES, KILLED).from("the army", STATE_OFFICIAL)
                    .in("doc", 4).build())).doesNotContain(RULE);
        }

        @Test
        void aFigureWithoutANamedSourceDoesNotConflict() {
            assertThat(rulesFiredOn(byArmy, claim("c2", 45, SECURITY_FORCES, KILLED).unattributed(UNKNOWN)
                    .in("doc", 4).build())).doesNotContain(RULE);
        }

        @Test
        void overlappingFiguresDoNotConflict() {
            assertThat(rulesFiredOn(claim("c1", 20, SECURITY_FORCES, KILLED).from("the army", STATE_OFFICIAL).atLeast()
                            .in("doc", 3).build(),
                    claim("c2", 45, SECURITY_FORCES, KILLED).from("the insurgents", PERPETRATOR).in("doc", 4).build()))
                    .doesNotContain(RULE);
        }
    }
}
