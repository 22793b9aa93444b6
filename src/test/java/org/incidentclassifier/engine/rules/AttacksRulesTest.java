package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.FactBuilder.denied;
import static org.incidentclassifier.engine.FactBuilder.threatened;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.assertConcludes;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.FREED;
import static org.incidentclassifier.facts.ClaimStatus.INJURED;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.IncidentType.ARMED_ASSAULT;
import static org.incidentclassifier.facts.IncidentType.ASSASSINATION;
import static org.incidentclassifier.facts.IncidentType.BOMBING_EXPLOSION;
import static org.incidentclassifier.facts.IncidentType.FACILITY_INFRASTRUCTURE_ATTACK;
import static org.incidentclassifier.facts.IncidentType.HIJACKING;
import static org.incidentclassifier.facts.SourceKind.PERPETRATOR;
import static org.incidentclassifier.facts.SourceKind.STATE_MEDIA;
import static org.incidentclassifier.facts.Stance.CLAIMED;
import static org.incidentclassifier.facts.Stance.HEDGED;
import static org.incidentclassifier.facts.Stance.UNCONFIRMED;
import static org.incidentclassifier.facts.Subject.HOSTAGES;
import static org.incidentclassifier.facts.Subject.PEOPLE;
import static org.incidentclassifier.facts.Subject.SECURITY_FORCES;
import static org.incidentclassifier.facts.TriggerKind.ARMED_ATTACK;
import static org.incidentclassifier.facts.TriggerKind.BOMBING;
import static org.incidentclassifier.facts.TriggerKind.SABOTAGE;
import static org.incidentclassifier.facts.TriggerKind.SECURITY_OPERATION;
import static org.incidentclassifier.facts.TriggerKind.WEAPON_ATTACK;
import static org.incidentclassifier.facts.Subject.PERPETRATORS;
import static org.incidentclassifier.engine.FactBuilder.DOC;

import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.facts.TriggerKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/classify/attacks.drl: armed assaults, bombings, hijackings, assassinations, facility attacks. */
class AttacksRulesTest {
    private static final Trigger ATTACK = trigger(ARMED_ATTACK, "attacked");

    @Nested
    class ClassifyArmedAssault {
        private static final String RULE = "classify-armed-assault";
        private final Trigger gunfire = trigger(WEAPON_ATTACK, "opened fire", DOC, 2, 20);

        @Test
        void gunfireThatKillsIsAnArmedAssault() {
            CountClaim killed = claim("c1", 2, PEOPLE, KILLED).in(DOC, 2).build();

            assertConcludes(RULE, new Classification(ARMED_ASSAULT, 0.8), gunfire, killed);
        }

        @Test
        void aStabbingThatInjuresInTheNextSentenceIsAnArmedAssault() {
            assertConcludes(RULE, new Classification(ARMED_ASSAULT, 0.8),
                    trigger(WEAPON_ATTACK, "stabbed", DOC, 2, 20), claim("c1", 6, PEOPLE, INJURED).in(DOC, 3).build());
        }

        @Test
        void attackersKilledByTroopsAreNoVictims() {
            assertThat(rulesFiredOn(gunfire, claim("c1", 3, PERPETRATORS, KILLED).in(DOC, 2).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void theDeadOfABombTooldInTheirSentenceAreTheBombings() {
            assertThat(rulesFiredOn(gunfire, trigger(BOMBING, "blast", DOC, 3, 5),
                    claim("c1", 9, PEOPLE, KILLED).in(DOC, 3).build())).doesNotContain(RULE);
        }

        @Test
        void hostagesKilledInARescueAreNotTheAttackersVictims() {
            assertThat(rulesFiredOn(gunfire, trigger(SECURITY_OPERATION, "rescue operation", DOC, 3, 5),
                    claim("c1", 4, HOSTAGES, KILLED).in(DOC, 3).build())).doesNotContain(RULE);
        }

        @Test
        void aTollFarFromTheGunfireIsNotItsToll() {
            assertThat(rulesFiredOn(gunfire, claim("c1", 2, PEOPLE, KILLED).in(DOC, 6).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void anAttackInWhichPeopleAreFreedIsNotAnArmedAssault() {
            assertThat(rulesFiredOn(gunfire, claim("c1", 2, PEOPLE, FREED).in(DOC, 2).build())).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyArmedAssaultAttackToll {
        private static final String RULE = "classify-armed-assault-attack-toll";

        @Test
        void anAttackThatKillsInItsSentenceIsAnArmedAssault() {
            CountClaim killed = claim("c1", 2, PEOPLE, KILLED).build();

            assertConcludes(RULE, new Classification(ARMED_ASSAULT, 0.7), ATTACK, killed);
        }

        @Test
        void inAReportOfABombTheAttackIsTheBombing() {
            assertThat(rulesFiredOn(ATTACK, trigger(BOMBING, "car bomb", DOC, 4, 0), claim("c1", 2, PEOPLE, KILLED).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aThreatenedAttackIsNotAnArmedAssault() {
            // "threatened to attack" in a report of two dead elsewhere
            assertThat(rulesFiredOn(threatened(ARMED_ATTACK, "attack"), claim("c1", 2, PEOPLE, KILLED).build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyArmedAssaultTollBeforeAttack {
        private static final String RULE = "classify-armed-assault-toll-before-attack";
        // "The militia killed seven people in a camp. The mission said the attack took place at dawn."
        private final CountClaim killed = claim("c1", 7, PEOPLE, KILLED).in(DOC, 1).build();
        private final Trigger killing = trigger(TriggerKind.KILLING, "killed", DOC, 1, 12);
        private final Trigger theAttack = trigger(ARMED_ATTACK, "attack", DOC, 2, 30);

        @Test
        void theAttackNamedAfterTheLeadsTollIsAnArmedAssault() {
            assertThat(concludedBy(RULE, killed, killing, theAttack)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Classification(ARMED_ASSAULT, 0.7), RULE, theAttack, killed, killing));
        }

        @Test
        void aKidnappingInTheReportIsNoArmedAssaultOfThisShape() {
            // "Gunmen killed a guard and abducted two engineers. The attack happened at dawn."
            assertThat(rulesFiredOn(killed, killing, theAttack, trigger(TriggerKind.KIDNAPPING, "abducted", DOC, 1, 40)))
                    .doesNotContain(RULE);
        }

        @Test
        void aTollTwoSentencesBeforeIsNotTheAttacks() {
            assertThat(rulesFiredOn(killed, killing, trigger(ARMED_ATTACK, "attack", DOC, 3, 30))).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyBombingKillsOne {
        private static final String RULE = "classify-bombing-kills-one";
        // "A member of parliament was killed when a roadside bomb struck his convoy."
        private final Trigger figureKilled = trigger(TriggerKind.FIGURE_HARMED, "member of parliament was killed", DOC, 1, 0);
        private final Trigger bomb = trigger(BOMBING, "roadside bomb", DOC, 1, 40);

        @Test
        void aBombInTheSentenceOfAPublicFigureKilledIsABombing() {
            assertThat(concludedBy(RULE, figureKilled, bomb)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Classification(BOMBING_EXPLOSION, 0.6), RULE, bomb, figureKilled));
        }

        @Test
        void aPlainKillingWordBesideABombElsewhereIsNoToll() {
            // "The killings happened at the same time as a bombing in another country."
            assertThat(rulesFiredOn(trigger(TriggerKind.KILLING, "killings", DOC, 1, 0), bomb)).doesNotContain(RULE);
        }

        @Test
        void aBombInAnotherSentenceIsNotThatKilling() {
            assertThat(rulesFiredOn(figureKilled, trigger(BOMBING, "bomb", DOC, 3, 10))).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyArmedAssaultMassCasualties {
        private static final String RULE = "classify-armed-assault-mass-casualties";

        @Test
        void anAttackThatKillsTenByACredibleCountIsPrimarilyAnArmedAssault() {
            CountClaim killed = claim("c1", 10, HOSTAGES, KILLED).from("APS", STATE_MEDIA).build();

            assertConcludes(RULE, new Classification(ARMED_ASSAULT, 0.85), ATTACK, killed);
        }

        @Test
        void atLeastTenDeadIsMany() {
            CountClaim killed = claim("c1", 10, PEOPLE, KILLED).atLeast().build();

            assertConcludes(RULE, new Classification(ARMED_ASSAULT, 0.85), ATTACK, killed);
        }

        @Test
        void nineDeadAreNotMany() {
            assertThat(rulesFiredOn(ATTACK, claim("c1", 9, PEOPLE, KILLED).build())).doesNotContain(RULE);
        }

        @Test
        void thePerpetratorsOwnDeathTollIsNotCredibleEnough() {
            assertThat(rulesFiredOn(ATTACK,
                    claim("c1", 50, HOSTAGES, KILLED).from("the kidnappers", PERPETRATOR).stance(CLAIMED).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void anUnconfirmedDeathTollIsNotCredibleEnough() {
            assertThat(rulesFiredOn(ATTACK, claim("c1", 30, PEOPLE, KILLED).stance(UNCONFIRMED).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aHedgedDeathTollIsNotCredibleEnough() {
            // "as many as 30 may have died"
            assertThat(rulesFiredOn(ATTACK, claim("c1", 30, PEOPLE, KILLED).stance(HEDGED).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void manyInjuredAreNotManyDead() {
            assertThat(rulesFiredOn(ATTACK, claim("c1", 40, PEOPLE, INJURED).build())).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyBombing {
        private static final String RULE = "classify-bombing";

        @Test
        void aBombWithCasualtiesIsABombing() {
            assertConcludes(RULE, new Classification(BOMBING_EXPLOSION, 0.6),
                    trigger(BOMBING, "car bomb"), claim("c1", 3, PEOPLE, INJURED).build());
        }

        @Test
        void twoBombingWordsAreABombingOncePerWord() {
            Trigger bomb = trigger(BOMBING, "bomb");
            Trigger blast = trigger(BOMBING, "blast");

            assertThat(concludedBy(RULE, bomb, blast)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactlyInAnyOrder(
                            derivation(new Classification(BOMBING_EXPLOSION, 0.6), RULE, bomb, blast),
                            derivation(new Classification(BOMBING_EXPLOSION, 0.6), RULE, blast, bomb));
        }

        @Test
        void aBombAndAThreatToBombAgainIsNotABombing() {
            // "a bomb" and "threatened to blow up the plant": one factual bombing word, nobody hurt
            assertThat(rulesFiredOn(trigger(BOMBING, "bomb"), threatened(BOMBING, "blow up"))).doesNotContain(RULE);
        }

        @Test
        void aBombWithoutCasualtiesIsNotABombing() {
            assertThat(rulesFiredOn(trigger(BOMBING, "explosives"), claim("c1", 41, HOSTAGES, FREED).build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyHijacking {
        private static final String RULE = "classify-hijacking";

        @Test
        void aSeizedAircraftIsAHijacking() {
            assertConcludes(RULE, new Classification(HIJACKING, 0.92), trigger(TriggerKind.HIJACKING, "hijacked"));
        }

        @Test
        void aDeniedHijackingIsNoHijacking() {
            assertThat(rulesFiredOn(denied(TriggerKind.HIJACKING, "hijacked"))).doesNotContain(RULE);
        }

        @Test
        void aThreatenedHijackingIsNoHijacking() {
            assertThat(rulesFiredOn(threatened(TriggerKind.HIJACKING, "hijack"))).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyAssassination {
        private static final String RULE = "classify-assassination";

        @Test
        void aKillingDescribedAsAnAssassinationIsAnAssassination() {
            assertConcludes(RULE, new Classification(ASSASSINATION, 0.8),
                    trigger(TriggerKind.ASSASSINATION, "assassinated"));
        }

        @Test
        void aPlottedAssassinationIsNoAssassination() {
            assertThat(rulesFiredOn(threatened(TriggerKind.ASSASSINATION, "assassinate"))).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyFacilityAttack {
        private static final String RULE = "classify-facility-attack";

        @Test
        void sabotageOfAPipelineIsAFacilityAttack() {
            assertConcludes(RULE, new Classification(FACILITY_INFRASTRUCTURE_ATTACK, 0.75),
                    trigger(SABOTAGE, "blew up the pipeline"));
        }

        @Test
        void aThreatToBlowUpThePlantIsNoFacilityAttack() {
            assertThat(rulesFiredOn(threatened(SABOTAGE, "blow up the plant"))).doesNotContain(RULE);
        }

        @Test
        void aDeniedSabotageIsNoFacilityAttack() {
            assertThat(rulesFiredOn(denied(SABOTAGE, "sabotaged"))).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyFacilityAttackByBlast {
        private static final String RULE = "classify-facility-attack-by-blast";

        @Test
        void pylonsDestroyedByABlastAreAFacilityAttackBelowTheBombing() {
            Trigger destroyed = trigger(SABOTAGE, "destroyed pylons", DOC, 3, 400);
            Trigger blewUp = trigger(BOMBING, "blew up", DOC, 0, 20);

            assertConcludes(RULE, new Classification(FACILITY_INFRASTRUCTURE_ATTACK, 0.55), destroyed, blewUp);
            assertThat(rulesFiredOn(destroyed, blewUp)).doesNotContain("classify-facility-attack");
        }

        @Test
        void pylonsCutDownWithNoBlastAreNoBlastFacilityAttack() {
            assertThat(rulesFiredOn(trigger(SABOTAGE, "cut down the pylons"))).doesNotContain(RULE)
                    .contains("classify-facility-attack");
        }
    }

    @Nested
    class ClassifyArmedAssaultRaidByGroup {
        private static final String RULE = "classify-armed-assault-raid-by-group";

        @Test
        void villagersKilledInARaidByAnArmedGroupAreAnArmedAssault() {
            // "Fighters of the Front killed 23 villagers in a raid on their hamlet on Monday"
            org.incidentclassifier.facts.ActorMention group = org.incidentclassifier.engine.FactBuilder
                    .actor("front", org.incidentclassifier.facts.ActorKind.ARMED_GROUP).in(DOC, 0).at(12).build();
            Trigger raid = trigger(SECURITY_OPERATION, "raid", DOC, 0, 50);
            CountClaim killed = claim("c1", 23, PEOPLE, KILLED).in(DOC, 0).at(30).build();

            assertThat(concludedBy(RULE, group, raid, killed)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Classification(ARMED_ASSAULT, 0.75), RULE, raid, group, killed));
        }

        @Test
        void aRaidByGunmenThatKillsIsAnArmedAssault() {
            assertThat(rulesFiredOn(trigger(TriggerKind.ATTACKER, "gunmen", DOC, 0, 0), trigger(SECURITY_OPERATION, "raid", DOC, 0, 20),
                    claim("c1", 9, PEOPLE, KILLED).in(DOC, 0).at(40).build())).contains(RULE);
        }

        @Test
        void aRaidByTroopsOnTheGroupIsNoArmedAssault() {
            // "Troops killed 12 in a raid on a hideout of the Front"
            assertThat(rulesFiredOn(trigger(TriggerKind.SECURITY_FORCE, "troops", DOC, 0, 0),
                    org.incidentclassifier.engine.FactBuilder.actor("front", org.incidentclassifier.facts.ActorKind.ARMED_GROUP)
                            .in(DOC, 0).at(5).build(),
                    trigger(SECURITY_OPERATION, "raid", DOC, 0, 20), claim("c1", 12, PEOPLE, KILLED).in(DOC, 0).at(10).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void militantsKilledInTheirOwnRaidAreNoArmedAssault() {
            assertThat(rulesFiredOn(trigger(TriggerKind.ATTACKER, "gunmen", DOC, 0, 0), trigger(SECURITY_OPERATION, "raid", DOC, 0, 20),
                    claim("c1", 4, PERPETRATORS, KILLED).in(DOC, 0).at(40).build())).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyAssassinationFigurePossessiveTarget {
        private static final String RULE = "classify-assassination-figure-possessive-target";

        @Test
        void anAttackOnAGovernorsConvoyIsAnAssassination() {
            // "A provincial governor survived a suicide attack on his convoy that killed three of his guards"
            Trigger governor = trigger(TriggerKind.PUBLIC_FIGURE, "governor", DOC, 0, 11);
            Trigger attack = trigger(ARMED_ATTACK, "attack", DOC, 0, 40);
            Trigger convoy = trigger(TriggerKind.TARGETING, "his convoy", DOC, 0, 50);

            assertThat(concludedBy(RULE, governor, attack, convoy)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Classification(ASSASSINATION, 0.85), RULE, attack, governor, convoy));
        }

        @Test
        void aConvoyOfAidTrucksAfterAMinisterIsNoAssassination() {
            // "The minister condemned the attack on a convoy of aid trucks"
            assertThat(rulesFiredOn(trigger(TriggerKind.PUBLIC_FIGURE, "minister", DOC, 0, 4), trigger(ARMED_ATTACK, "attack", DOC, 0, 30),
                    trigger(TriggerKind.TARGETING, "convoy of", DOC, 0, 42))).doesNotContain(RULE);
        }

        @Test
        void aMassacreAtAMayorsHomeIsNoAssassination() {
            assertThat(rulesFiredOn(trigger(TriggerKind.PUBLIC_FIGURE, "mayor", DOC, 0, 4), trigger(ARMED_ATTACK, "attack", DOC, 0, 30),
                    trigger(TriggerKind.TARGETING, "his home", DOC, 0, 42), claim("c1", 11, PEOPLE, KILLED).in(DOC, 0).at(60).build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyFacilityArsonWithCasualties {
        private static final String RULE = "classify-facility-arson-with-casualties";

        @Test
        void housesBurnedInADeadlyRaidAreAFacilityAttackBelowTheKilling() {
            Trigger burned = trigger(TriggerKind.ARSON, "burning dozens of houses", DOC, 0, 60);
            CountClaim killed = claim("c1", 12, PEOPLE, KILLED).in(DOC, 0).at(30).build();

            assertConcludes(RULE, new Classification(FACILITY_INFRASTRUCTURE_ATTACK, 0.6), burned, killed);
            assertThat(rulesFiredOn(burned, killed)).doesNotContain("classify-facility-arson");
        }

        @Test
        void aSchoolBurnedWithNoOneHurtIsNoCasualtyArson() {
            assertThat(rulesFiredOn(trigger(TriggerKind.ARSON, "set fire to a school"))).doesNotContain(RULE)
                    .contains("classify-facility-arson");
        }

        @Test
        void attackersKilledBesideAFireAreNoVictims() {
            assertThat(rulesFiredOn(trigger(TriggerKind.ARSON, "torched"), claim("c1", 2, PERPETRATORS, KILLED).build()))
                    .doesNotContain(RULE).contains("classify-facility-arson");
        }
    }
}
