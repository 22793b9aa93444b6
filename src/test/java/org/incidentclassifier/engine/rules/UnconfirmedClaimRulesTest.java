package org.incidentclassifier.engine.rules;

import static org.incidentclassifier.engine.ExpectedInconsistency.inconsistency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.FactBuilder.nationals;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.ESCAPED;
import static org.incidentclassifier.facts.ClaimStatus.FREED;
import static org.incidentclassifier.facts.ClaimStatus.HELD;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.InconsistencyKind.UNCONFIRMED_CLAIM;
import static org.incidentclassifier.facts.Severity.MEDIUM;
import static org.incidentclassifier.facts.SourceKind.CAPTIVE;
import static org.incidentclassifier.facts.SourceKind.PERPETRATOR;
import static org.incidentclassifier.facts.SourceKind.PERPETRATOR_CONDUIT;
import static org.incidentclassifier.facts.SourceKind.STATE_MEDIA;
import static org.incidentclassifier.facts.SourceKind.UNKNOWN;
import static org.incidentclassifier.facts.Stance.CLAIMED;
import static org.incidentclassifier.facts.Stance.DENIED;
import static org.incidentclassifier.facts.Stance.REPORTED;
import static org.incidentclassifier.facts.Stance.UNCONFIRMED;
import static org.incidentclassifier.facts.Subject.FOREIGN_HOSTAGES;
import static org.incidentclassifier.facts.Subject.HOSTAGES;
import static org.incidentclassifier.facts.Subject.PASSENGERS;
import static org.incidentclassifier.facts.Subject.PEOPLE;
import static org.incidentclassifier.facts.Subject.SECURITY_FORCES;
import static org.incidentclassifier.facts.SourceKind.STATE_OFFICIAL;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.FactBuilder.threatened;

import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.facts.Inconsistency;
import org.incidentclassifier.facts.Subject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/consistency/unconfirmed-claim.drl: the perpetrators' own figures against independent ones. */
class UnconfirmedClaimRulesTest {

    @Nested
    class UnconfirmedClaimContradicted {
        private static final String RULE = "unconfirmed-claim-contradicted";
        private final CountClaim claimed = claim("c1", 35, HOSTAGES, KILLED).from("the kidnappers", PERPETRATOR)
                .stance(CLAIMED).in("doc1", 2).build();

        @Test
        void anIndependentFigureContradictsThePerpetratorsClaim() {
            CountClaim independent = claim("c2", 12, HOSTAGES, KILLED).from("APS", STATE_MEDIA).in("doc2", 6).build();

            assertThat(concludedBy(RULE, claimed, independent)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(inconsistency(UNCONFIRMED_CLAIM, MEDIUM, "The perpetrators' figure of"
                            + " 35 hostages killed (according to the kidnappers) is contradicted by 12 (according to APS)."),
                            RULE, claimed, independent));
        }

        @Test
        void anUnconfirmedFigureRelayedByTheirMouthpieceIsContradictedInTheSameReport() {
            CountClaim relayed = claim("c1", 35, HOSTAGES, KILLED).from("the militants", PERPETRATOR_CONDUIT, "ANI")
                    .stance(UNCONFIRMED).in("doc", 5).build();
            CountClaim independent = claim("c2", 12, HOSTAGES, KILLED).from("APS", STATE_MEDIA).in("doc", 8).build();

            assertThat(concludedBy(RULE, relayed, independent)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(inconsistency(UNCONFIRMED_CLAIM, MEDIUM, "The perpetrators' figure of"
                            + " 35 hostages killed (according to the militants) is contradicted by 12 (according to APS)."),
                            RULE, relayed, independent));
        }

        @Test
        void aNamedSourceMayContradictTheClaimInItsOwnSentence() {
            // "the kidnappers said they killed 35 hostages, but APS said 12 died"
            CountClaim sameSentence = claim("c2", 12, HOSTAGES, KILLED).from("APS", STATE_MEDIA).in("doc1", 2).build();
            // "... killed 35 hostages in a raid in which 12 hostages died": no source of its own
            CountClaim unattributed = claim("c2", 12, HOSTAGES, KILLED).unattributed(STATE_MEDIA).in("doc1", 2).build();

            assertThat(rulesFiredOn(claimed, sameSentence)).contains(RULE);
            assertThat(rulesFiredOn(claimed, unattributed)).doesNotContain(RULE);
        }

        @Test
        void figuresOfPeopleHeldChangeByTheHourAndAreNotContradicted() {
            CountClaim relayed = claim("c1", 41, HOSTAGES, HELD).from("the militants", PERPETRATOR_CONDUIT, "ANI")
                    .stance(UNCONFIRMED).in("doc", 5).build();
            CountClaim independent = claim("c2", 132, HOSTAGES, HELD).from("APS", STATE_MEDIA).in("doc", 8).build();

            assertThat(rulesFiredOn(relayed, independent)).doesNotContain(RULE);
        }

        @Test
        void anOverlappingIndependentFigureDoesNotContradict() {
            // "some 33" allows 29 to 37
            assertThat(rulesFiredOn(claimed, claim("c2", 33, HOSTAGES, KILLED).approximately().from("APS", STATE_MEDIA)
                    .in("doc2", 6).build())).doesNotContain(RULE);
        }

        @Test
        void aCaptivesFigureIsNotIndependent() {
            assertThat(rulesFiredOn(claimed, claim("c2", 12, HOSTAGES, KILLED).from("a freed hostage", CAPTIVE)
                    .in("doc2", 6).build())).doesNotContain(RULE);
        }

        @Test
        void aFigureTheirMouthpieceRelaysIsNotIndependent() {
            assertThat(rulesFiredOn(claimed, claim("c2", 12, HOSTAGES, KILLED).from("ANI", PERPETRATOR_CONDUIT)
                    .in("doc2", 6).build())).doesNotContain(RULE);
        }

        @Test
        void aFigureThePerpetratorsStateWithoutAClaimVerbIsStillTheirClaim() {
            // "214 hostages were killed, the group said": no confirmation by anyone else
            assertThat(rulesFiredOn(claim("c1", 35, HOSTAGES, KILLED).from("the kidnappers", PERPETRATOR).stance(REPORTED)
                            .in("doc1", 2).build(),
                    claim("c2", 12, HOSTAGES, KILLED).from("APS", STATE_MEDIA).in("doc2", 6).build()))
                    .contains(RULE);
        }

        @Test
        void aBackgroundFigureDoesNotContradict() {
            assertThat(rulesFiredOn(claimed, claim("c2", 12, HOSTAGES, KILLED).from("APS", STATE_MEDIA).background()
                    .in("doc2", 6).build())).doesNotContain(RULE);
        }
    }

    @Nested
    class ContradictedByPassengers {
        private static final String RULE = "unconfirmed-claim-contradicted-by-passengers";
        private final CountClaim executed = claim("c1", 120, HOSTAGES, KILLED).from("the rebels", PERPETRATOR)
                .stance(CLAIMED).in("doc", 1).build();
        private final CountClaim passengers = claim("c2", 4, PASSENGERS, KILLED).from("the army", STATE_OFFICIAL)
                .in("doc", 6).build();

        @Test
        void inAHijackingThePassengersTollContradictsThePerpetratorsHostageToll() {
            assertThat(rulesFiredOn(executed, passengers, trigger(TriggerKind.HIJACKING, "hijacked", "doc", 0, 0)))
                    .contains(RULE);
        }

        @Test
        void withoutAHijackingPassengersAreNotTheHostages() {
            assertThat(rulesFiredOn(executed, passengers)).doesNotContain(RULE);
        }

        @Test
        void aHijackingThreatenedIsNoHijacking() {
            assertThat(rulesFiredOn(executed, passengers, threatened(TriggerKind.HIJACKING, "hijack", "doc", 0, 0)))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class UnconfirmedClaimUnderminedByEscapes {
        private static final String RULE = "unconfirmed-claim-undermined-by-escapes";
        private final CountClaim deathToll = claim("c1", 35, HOSTAGES, KILLED).from("the kidnappers", PERPETRATOR)
                .stance(UNCONFIRMED).in("doc", 2).build();
        private final CountClaim held = claim("c2", 41, HOSTAGES, HELD).from("the kidnappers", PERPETRATOR)
                .stance(CLAIMED).in("doc", 1).build();

        @Test
        void anIndependentReportOfEscapesUnderminesThePerpetratorsDeathToll() {
            CountClaim escaped = claim("c3", 15, HOSTAGES, ESCAPED).from("APS", STATE_MEDIA).in("doc", 6).build();

            assertThat(concludedBy(RULE, deathToll, held, escaped)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(inconsistency(UNCONFIRMED_CLAIM, MEDIUM, "APS's report that 15"
                            + " hostages escaped undermines the perpetrators' unconfirmed claim of 35 hostages killed:"
                            + " with 41 held, both cannot be true."), RULE, deathToll, held, escaped));
        }

        @Test
        void escapesTheKidnappersThemselvesReportDoNotUndermineThem() {
            assertThat(rulesFiredOn(deathToll, held, claim("c3", 15, HOSTAGES, ESCAPED).from("the kidnappers", PERPETRATOR)
                    .in("doc", 6).build())).doesNotContain(RULE);
        }

        @Test
        void escapesACaptiveReportsAreNotIndependent() {
            assertThat(rulesFiredOn(deathToll, held, claim("c3", 15, HOSTAGES, ESCAPED).from("a freed hostage", CAPTIVE)
                    .in("doc", 6).build())).doesNotContain(RULE);
        }

        @Test
        void escapesThatFitBesideTheDeathTollDoNotUndermineIt() {
            assertThat(rulesFiredOn(deathToll, held, claim("c3", 6, HOSTAGES, ESCAPED).from("APS", STATE_MEDIA)
                    .in("doc", 6).build())).doesNotContain(RULE);
        }

        @Test
        void aLargerFigureHeldLeavesRoomForTheEscapes() {
            assertThat(rulesFiredOn(deathToll, held, claim("c4", 132, HOSTAGES, HELD).from("APS", STATE_MEDIA)
                            .in("doc", 7).build(),
                    claim("c3", 15, HOSTAGES, ESCAPED).from("APS", STATE_MEDIA).in("doc", 6).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void escapesWithAForeignPartAreLeftToTheForeignHostageArithmetic() {
            assertThat(rulesFiredOn(deathToll, held, claim("c3", 45, HOSTAGES, ESCAPED).from("APS", STATE_MEDIA)
                    .breakdown(nationals("LOCAL", 30), nationals("FOREIGN", 15)).in("doc", 6).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aDeathTollTheKidnappersReportAsFactIsNoUnconfirmedClaim() {
            assertThat(rulesFiredOn(claim("c1", 35, HOSTAGES, KILLED).from("the kidnappers", PERPETRATOR).stance(REPORTED)
                            .in("doc", 2).build(), held,
                    claim("c3", 15, HOSTAGES, ESCAPED).from("APS", STATE_MEDIA).in("doc", 6).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void unattributedEscapesReadAsAnUnattributedReport() {
            CountClaim escaped = claim("c3", 15, FOREIGN_HOSTAGES, ESCAPED).unattributed(UNKNOWN).in("doc", 6).build();

            assertThat(concludedBy(RULE, deathToll, held, escaped)).extracting(Derivation::conclusion)
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(inconsistency(
                            UNCONFIRMED_CLAIM, MEDIUM, "An unattributed report that 15 foreign hostages escaped undermines"
                                    + " the perpetrators' unconfirmed claim of 35 hostages killed: with 41 held, both"
                                    + " cannot be true."));
        }

        @Test
        void hostagesFreedReadAsHostagesWereFreed() {
            CountClaim freed = claim("c3", 15, HOSTAGES, FREED).from("APS", STATE_MEDIA).in("doc", 6).build();

            assertThat(concludedBy(RULE, deathToll, held, freed)).extracting(Derivation::conclusion)
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(inconsistency(
                            UNCONFIRMED_CLAIM, MEDIUM, "APS's report that 15 hostages were freed undermines the"
                                    + " perpetrators' unconfirmed claim of 35 hostages killed: with 41 held, both cannot"
                                    + " be true."));
        }

        @Test
        void aClaimedDeathTollReadsAsTheirClaim() {
            CountClaim claimedToll = claim("c1", 35, HOSTAGES, KILLED).from("the kidnappers", PERPETRATOR).stance(CLAIMED)
                    .in("doc", 2).build();
            CountClaim escaped = claim("c3", 15, HOSTAGES, ESCAPED).from("APS", STATE_MEDIA).in("doc", 6).build();

            assertThat(concludedBy(RULE, claimedToll, held, escaped)).extracting(Derivation::conclusion)
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(inconsistency(
                            UNCONFIRMED_CLAIM, MEDIUM, "APS's report that 15 hostages escaped undermines the"
                                    + " perpetrators' claim of 35 hostages killed: with 41 held, both cannot be true."));
        }
    }

    @Nested
    class ExceedsWholeToll {
        private static final String RULE = "unconfirmed-claim-exceeds-whole-toll";
        // "the group said it executed 200 hostages" ... "the army said 31 people were killed in all"
        private final CountClaim executed = claim("c1", 200, HOSTAGES, KILLED).from("the group", PERPETRATOR)
                .stance(CLAIMED).in("doc", 2).build();

        @Test
        void anIndependentTollOfEveryoneBelowTheClaimedTollOfSomeContradictsIt() {
            CountClaim all = claim("c2", 31, PEOPLE, KILLED).from("the army", STATE_OFFICIAL).in("doc", 5).build();

            assertThat(rulesFiredOn(executed, all)).contains(RULE);
        }

        @Test
        void aClaimedPartBelowTheWholeIsNoContradiction() {
            CountClaim soldiers = claim("c1", 20, SECURITY_FORCES, KILLED).from("the group", PERPETRATOR)
                    .stance(CLAIMED).in("doc", 2).build();

            assertThat(rulesFiredOn(soldiers, claim("c2", 31, PEOPLE, KILLED).from("the army", STATE_OFFICIAL)
                    .in("doc", 5).build())).doesNotContain(RULE);
        }

        @Test
        void aTollMoreThanTenTimesSmallerCountsAnotherMoment() {
            // "two people were killed" on the bus before the siege, against the group's 200 hostages executed
            assertThat(rulesFiredOn(executed, claim("c2", 2, PEOPLE, KILLED).from("the army", STATE_OFFICIAL)
                    .in("doc", 5).build())).doesNotContain(RULE);
        }

        @Test
        void theirOwnDeadAreNotComparedWithATollOfPeople() {
            // "15 of our fighters died", the group said; "12 people were killed", the army said (victims, not attackers)
            assertThat(rulesFiredOn(claim("c1", 15, Subject.PERPETRATORS, KILLED).from("the group", PERPETRATOR)
                    .stance(CLAIMED).in("doc", 2).build(), claim("c2", 12, PEOPLE, KILLED).from("the army",
                    STATE_OFFICIAL).in("doc", 5).build())).doesNotContain(RULE);
        }

        @Test
        void theWholeTollFromThePerpetratorsThemselvesIsNotIndependent() {
            assertThat(rulesFiredOn(executed, claim("c2", 31, PEOPLE, KILLED).from("the group", PERPETRATOR)
                    .in("doc", 5).build())).doesNotContain(RULE);
        }
    }

    @Nested
    class UnconfirmedClaimDenied {
        private static final String RULE = "unconfirmed-claim-denied";
        // "the group said it had killed 40 soldiers" ... "the army denied that 40 soldiers had died"
        private final CountClaim claimed = claim("c1", 40, SECURITY_FORCES, KILLED).from("the group", PERPETRATOR)
                .stance(CLAIMED).in("doc", 2).build();

        @Test
        void anotherSourceDenyingTheSameFigureContestsTheClaim() {
            CountClaim denied = claim("c2", 40, SECURITY_FORCES, KILLED).from("the army", STATE_OFFICIAL).stance(DENIED)
                    .in("doc", 3).build();

            assertThat(concludedBy(RULE, claimed, denied)).extracting(d -> ((Inconsistency) d.conclusion()).getKind())
                    .containsExactly(UNCONFIRMED_CLAIM);
            assertThat(rulesFiredOn(claimed, denied)).doesNotContain("unconfirmed-claim-contradicted");
        }

        @Test
        void aFigureTheArmyGivesIsNoDenial() {
            assertThat(rulesFiredOn(claimed, claim("c2", 40, SECURITY_FORCES, KILLED).from("the army", STATE_OFFICIAL)
                    .in("doc", 3).build())).doesNotContain(RULE);
        }

        @Test
        void theGroupDenyingAnotherFigureIsNotADenialOfItsClaim() {
            assertThat(rulesFiredOn(claimed, claim("c2", 40, SECURITY_FORCES, KILLED).from("the group's spokesman",
                    PERPETRATOR).stance(DENIED).in("doc", 3).build())).doesNotContain(RULE);
        }
    }
}
