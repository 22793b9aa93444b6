package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.ESCAPED;
import static org.incidentclassifier.facts.ClaimStatus.HELD;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.SourceKind.CAPTIVE;
import static org.incidentclassifier.facts.SourceKind.INDEPENDENT_MEDIA;
import static org.incidentclassifier.facts.SourceKind.PERPETRATOR;
import static org.incidentclassifier.facts.SourceKind.PERPETRATOR_CONDUIT;
import static org.incidentclassifier.facts.SourceKind.STATE_MEDIA;
import static org.incidentclassifier.facts.SourceKind.STATE_OFFICIAL;
import static org.incidentclassifier.facts.SourceKind.UNKNOWN;
import static org.incidentclassifier.facts.SourceKind.WIRE_AGENCY;
import static org.incidentclassifier.facts.Stance.CLAIMED;
import static org.incidentclassifier.facts.Stance.CONFIRMED;
import static org.incidentclassifier.facts.Stance.HEDGED;
import static org.incidentclassifier.facts.Stance.REPORTED;
import static org.incidentclassifier.facts.Stance.UNCONFIRMED;
import static org.incidentclassifier.facts.Subject.HOSTAGES;

import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.ClaimGrade;
import org.incidentclassifier.facts.Corroboration;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.SourceGrade;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/credibility/grades.drl: each figure's grade from lexicon/credibility.csv, and corroboration. */
class CredibilityRulesTest {

    @Nested
    class GradeBySourceAndStance {
        private static final String RULE = "grade-by-source-and-stance";

        @Test
        void aFigureAnOfficialConfirmsIsGradedByTheConfirmedRow() {
            CountClaim confirmed = claim("c1", 37, HOSTAGES, KILLED).from("the Interior Ministry", STATE_OFFICIAL)
                    .stance(CONFIRMED).build();

            assertThat(concludedBy(RULE, confirmed)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ClaimGrade("c1", "B", 2, "a state official source, confirmed"), RULE,
                            confirmed, new SourceGrade(STATE_OFFICIAL, CONFIRMED, "B", 2)));
        }

        @Test
        void anUnconfirmedFigureOfThePerpetratorsIsGradedLower() {
            CountClaim unconfirmed = claim("c1", 35, HOSTAGES, KILLED).from("the kidnappers", PERPETRATOR)
                    .stance(UNCONFIRMED).build();

            assertThat(concludedBy(RULE, unconfirmed)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ClaimGrade("c1", "D", 5, "a perpetrator source, unconfirmed"), RULE,
                            unconfirmed, new SourceGrade(PERPETRATOR, UNCONFIRMED, "D", 5)));
        }

        @Test
        void aStanceWithoutARowOfItsOwnIsNotGradedByStance() {
            assertThat(rulesFiredOn(claim("c1", 37, HOSTAGES, KILLED).from("the Interior Ministry", STATE_OFFICIAL)
                    .stance(REPORTED).build())).doesNotContain(RULE);
        }

        @Test
        void anIndependentOutletReadsAsAnIndependentSource() {
            CountClaim hedged = claim("c1", 37, HOSTAGES, KILLED).from("El Watan", INDEPENDENT_MEDIA).stance(HEDGED)
                    .build();

            assertThat(concludedBy(RULE, hedged)).extracting(Derivation::conclusion)
                    .containsExactly(new ClaimGrade("c1", "B", 4, "an independent media source, hedged"));
        }
    }

    @Nested
    class GradeBySource {
        private static final String RULE = "grade-by-source";

        @Test
        void aCaptivesFigureIsGradedByTheCaptiveRowForAnyStance() {
            CountClaim captive = claim("c1", 41, HOSTAGES, HELD).from("a freed hostage", CAPTIVE).stance(CLAIMED).build();

            assertThat(concludedBy(RULE, captive)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ClaimGrade("c1", "E", 4, "a captive source"), RULE, captive,
                            new SourceGrade(CAPTIVE, null, "E", 4)));
        }

        @Test
        void aStanceWithARowOfItsOwnIsNotGradedBySourceAlone() {
            assertThat(rulesFiredOn(claim("c1", 37, HOSTAGES, KILLED).from("the Interior Ministry", STATE_OFFICIAL)
                    .stance(CONFIRMED).build())).doesNotContain(RULE);
        }

        @Test
        void anUnattributedFigureReadsAsAnUnknownSource() {
            CountClaim unattributed = claim("c1", 41, HOSTAGES, HELD).unattributed(UNKNOWN).stance(CLAIMED).build();

            assertThat(concludedBy(RULE, unattributed)).extracting(Derivation::conclusion)
                    .containsExactly(new ClaimGrade("c1", "F", 6, "an unknown source"));
        }
    }

    @Nested
    class GradeCorroborated {
        private static final String RULE = "grade-corroborated";
        private final CountClaim byAps = claim("c1", 35, HOSTAGES, KILLED).from("APS", STATE_MEDIA).in("doc1", 3).build();

        @Test
        void anOverlappingFigureFromAnotherReportCorroborates() {
            // "some 37" allows 33 to 41
            CountClaim byReuters = claim("c2", 37, HOSTAGES, KILLED).approximately().from("Reuters", WIRE_AGENCY)
                    .in("doc2", 5).build();

            assertThat(concludedBy(RULE, byAps, byReuters)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactlyInAnyOrder(derivation(new Corroboration("c1", "c2"), RULE, byAps, byReuters),
                            derivation(new Corroboration("c2", "c1"), RULE, byReuters, byAps));
        }

        @Test
        void anotherNamedSourceInTheSameReportCorroborates() {
            CountClaim byMinistry = claim("c2", 35, HOSTAGES, KILLED).from("the Interior Ministry", STATE_OFFICIAL)
                    .in("doc1", 4).build();

            assertThat(concludedBy(RULE, byAps, byMinistry)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactlyInAnyOrder(derivation(new Corroboration("c1", "c2"), RULE, byAps, byMinistry),
                            derivation(new Corroboration("c2", "c1"), RULE, byMinistry, byAps));
        }

        @Test
        void aSourceRepeatingItselfInOneReportDoesNotCorroborate() {
            assertThat(rulesFiredOn(byAps, claim("c2", 35, HOSTAGES, KILLED).from("APS", STATE_MEDIA).in("doc1", 9)
                    .build())).doesNotContain(RULE);
        }

        @Test
        void aDisjointFigureDoesNotCorroborate() {
            assertThat(rulesFiredOn(byAps, claim("c2", 30, HOSTAGES, KILLED).from("Reuters", WIRE_AGENCY).in("doc2", 5)
                    .build())).doesNotContain(RULE);
        }

        @Test
        void aVagueFigureDoesNotCorroborate() {
            assertThat(rulesFiredOn(byAps, claim("c2", 35, HOSTAGES, KILLED).vague().from("Reuters", WIRE_AGENCY)
                    .in("doc2", 5).build())).doesNotContain(RULE);
        }

        @Test
        void aFigureForAnotherOutcomeDoesNotCorroborate() {
            assertThat(rulesFiredOn(byAps, claim("c2", 35, HOSTAGES, ESCAPED).from("Reuters", WIRE_AGENCY).in("doc2", 5)
                    .build())).doesNotContain(RULE);
        }

        @Test
        void thePerpetratorsFigureRelayedByTheirMouthpieceIsNotCorroborated() {
            assertThat(rulesFiredOn(
                    claim("c1", 41, HOSTAGES, HELD).from("the Blood Signatories", PERPETRATOR).stance(CLAIMED)
                            .in("doc1", 5).build(),
                    claim("c2", 41, HOSTAGES, HELD).from("ANI", PERPETRATOR_CONDUIT).in("doc2", 2).build()))
                    .doesNotContain(RULE);
        }
    }
}
