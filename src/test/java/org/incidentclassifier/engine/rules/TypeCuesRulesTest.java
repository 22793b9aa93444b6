package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.DOC;
import static org.incidentclassifier.engine.FactBuilder.actor;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.FactBuilder.facility;
import static org.incidentclassifier.engine.FactBuilder.threatened;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.RuleSession.assertConcludes;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.reason;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.INJURED;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.IncidentType.ARMED_ASSAULT;
import static org.incidentclassifier.facts.IncidentType.ASSASSINATION;
import static org.incidentclassifier.facts.IncidentType.BOMBING_EXPLOSION;
import static org.incidentclassifier.facts.IncidentType.FACILITY_INFRASTRUCTURE_ATTACK;
import static org.incidentclassifier.facts.IncidentType.SECURITY_FORCE_OPERATION;
import static org.incidentclassifier.facts.IncidentType.UNARMED_ASSAULT;
import static org.incidentclassifier.facts.Subject.PEOPLE;
import static org.incidentclassifier.facts.Subject.PERPETRATORS;
import static org.incidentclassifier.facts.TriggerKind.AIRSTRIKE;
import static org.incidentclassifier.facts.TriggerKind.ARMED_ATTACK;
import static org.incidentclassifier.facts.TriggerKind.ATTACKER;
import static org.incidentclassifier.facts.TriggerKind.ARSON;
import static org.incidentclassifier.facts.TriggerKind.BOMBING;
import static org.incidentclassifier.facts.TriggerKind.HIJACKING;
import static org.incidentclassifier.facts.TriggerKind.HOSTAGE_TAKING;
import static org.incidentclassifier.facts.TriggerKind.INFRASTRUCTURE;
import static org.incidentclassifier.facts.TriggerKind.KILLING;
import static org.incidentclassifier.facts.TriggerKind.PUBLIC_FIGURE;
import static org.incidentclassifier.facts.TriggerKind.SECURITY_FORCE;
import static org.incidentclassifier.facts.TriggerKind.SECURITY_OPERATION;
import static org.incidentclassifier.facts.TriggerKind.STATE_OPERATION;
import static org.incidentclassifier.facts.TriggerKind.TARGETED_KILLING;
import static org.incidentclassifier.facts.TriggerKind.UNARMED_ATTACK;
import static org.incidentclassifier.facts.TriggerKind.VEHICLE_RAMMING;
import static org.incidentclassifier.facts.TriggerKind.WEAPON_ATTACK;

import java.util.List;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.facts.AttackerCount;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.Source;
import org.incidentclassifier.facts.SourceKind;
import org.incidentclassifier.facts.Stance;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * rules/classify/attacks.drl and security-force-operation.drl: the types taken from who did what to whom
 * (weapons against victims, a public figure killed, a thing attacked, a vehicle driven into people, a state
 * force acting). Each rule with a firing case and a near miss.
 */
class TypeCuesRulesTest {

    @Nested
    class ClassifyArmedAssaultNoToll {
        private static final String RULE = "classify-armed-assault-no-toll";

        @Test
        void gunfireWithNothingElseIsAnArmedAssault() {
            assertConcludes(RULE, new Classification(ARMED_ASSAULT, 0.55),
                    trigger(WEAPON_ATTACK, "fired on", DOC, 0, 10));
        }

        @Test
        void gunmenWhoHoldHostagesAreTheHostageTakingNotAnArmedAssault() {
            // the rule may fire before the hijacking is concluded; its conclusion does not stand
            assertThat(reason(List.of(trigger(WEAPON_ATTACK, "gunmen", DOC, 0, 0), trigger(HIJACKING, "hijacked", DOC, 0, 10)))
                    .of(Classification.class)).extracting(Derivation::rule).doesNotContain(RULE);
        }

        @Test
        void gunmenCountedAsKilledByTheForcesAreNoAttackers() {
            // near miss: "soldiers shot dead five gunmen during a raid": the gunmen are inside the figure of the dead
            assertThat(rulesFiredOn(trigger(ATTACKER, "gunmen", DOC, 0, 5),
                    claim("c1", 5, PERPETRATORS, KILLED).at(0).build())).doesNotContain(RULE);
        }

        @Test
        void gunmenNamedApartFromTheFigureOfDeadAttackersStillAttack() {
            // "gunmen attacked the post; two of the attackers were killed later"
            assertThat(rulesFiredOn(trigger(ATTACKER, "gunmen", DOC, 0, 0),
                    claim("c1", 2, PERPETRATORS, KILLED).in(DOC, 1).build())).contains(RULE);
        }

        @Test
        void gunfireInABombingReportIsNotItsOwnAttack() {
            assertThat(rulesFiredOn(trigger(WEAPON_ATTACK, "gunfire", DOC, 0, 0), trigger(BOMBING, "blast", DOC, 1, 40)))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyBombingInfrastructure {
        private static final String RULE = "classify-bombing-infrastructure";

        @Test
        void aPipelineBlownUpIsABombing() {
            assertConcludes(RULE, new Classification(BOMBING_EXPLOSION, 0.65),
                    trigger(BOMBING, "blew up", DOC, 0, 10), trigger(INFRASTRUCTURE, "pipeline", DOC, 0, 25));
        }

        @Test
        void aPipelineNamedInAnotherSentenceIsNotTheOneBlownUp() {
            assertThat(rulesFiredOn(trigger(BOMBING, "blew up", DOC, 0, 10), trigger(INFRASTRUCTURE, "pipeline", DOC, 3, 90)))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyFacilityInfrastructureBlast {
        private static final String RULE = "classify-facility-infrastructure-blast";

        @Test
        void aBlastOnARailwayIsAlsoAFacilityAttack() {
            assertConcludes(RULE, new Classification(FACILITY_INFRASTRUCTURE_ATTACK, 0.55),
                    trigger(BOMBING, "blast", DOC, 0, 2), trigger(INFRASTRUCTURE, "railway track", DOC, 0, 20));
        }

        @Test
        void hostagesHeldAtThePlantMakeThePeopleTheTarget() {
            assertThat(rulesFiredOn(trigger(BOMBING, "blast", DOC, 0, 2), trigger(INFRASTRUCTURE, "refinery", DOC, 0, 20),
                    trigger(HOSTAGE_TAKING, "hostages", DOC, 2, 60))).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyFacilityInfrastructure {
        private static final String RULE = "classify-facility-infrastructure";

        @Test
        void anAttackOnASubstationIsAFacilityAttack() {
            assertConcludes(RULE, new Classification(FACILITY_INFRASTRUCTURE_ATTACK, 0.75),
                    trigger(ARMED_ATTACK, "attacked", DOC, 0, 10), trigger(INFRASTRUCTURE, "substation", DOC, 0, 30));
        }

        @Test
        void aStrikeOnlyThreatenedIsNoFacilityAttack() {
            assertThat(rulesFiredOn(threatened(AIRSTRIKE, "drone strike", DOC, 0, 10),
                    trigger(INFRASTRUCTURE, "refinery", DOC, 0, 30))).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyFacilityArson {
        private static final String RULE = "classify-facility-arson";

        @Test
        void settingFireToAMosqueIsAFacilityAttack() {
            assertConcludes(RULE, new Classification(FACILITY_INFRASTRUCTURE_ATTACK, 0.8),
                    trigger(ARSON, "set fire", DOC, 0, 11));
        }

        @Test
        void aPlannedArsonIsNoFacilityAttack() {
            assertThat(rulesFiredOn(threatened(ARSON, "torch", DOC, 0, 11))).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyAssassinationPublicFigure {
        private static final String RULE = "classify-assassination-public-figure";

        @Test
        void aJudgeShotDeadIsAnAssassination() {
            assertConcludes(RULE, new Classification(ASSASSINATION, 0.85),
                    trigger(TARGETED_KILLING, "shot dead", DOC, 0, 11), trigger(PUBLIC_FIGURE, "judge", DOC, 0, 32));
        }

        @Test
        void aMinisterWhoSpeaksFarBeforeTheKillingIsNotItsTarget() {
            // "The interior minister told reporters on Monday that police had shot dead one gunman"
            assertThat(rulesFiredOn(trigger(PUBLIC_FIGURE, "minister", DOC, 0, 13),
                    trigger(TARGETED_KILLING, "shot dead", DOC, 0, 70))).doesNotContain(RULE);
        }

        @Test
        void aMinisterWhoGivesTheCountIsNotTheTarget() {
            // "security forces ended the siege, killing two wounded guards, the minister said": the figure speaks
            assertThat(rulesFiredOn(trigger(KILLING, "killing", DOC, 0, 40), trigger(PUBLIC_FIGURE, "minister", DOC, 0, 70),
                    claim("c1", 2, PEOPLE, KILLED).in(DOC, 0).from("the minister", SourceKind.STATE_OFFICIAL).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aMinisterWhoGivesTheAttackersCountIsNotTheTarget() {
            // "..., killing the last two gunmen, the minister said"
            AttackerCount gunmen = new AttackerCount("n1", DOC, 2, 2, 2, false,
                    new Source("minister", SourceKind.STATE_OFFICIAL, null), Stance.REPORTED, new Evidence(DOC, 0, 50, 60, "two gunmen"));
            assertThat(rulesFiredOn(trigger(KILLING, "killing", DOC, 0, 40), trigger(PUBLIC_FIGURE, "minister", DOC, 0, 66), gunmen))
                    .doesNotContain(RULE);
        }

        @Test
        void aMinisterKilledWhileAnotherSourceGivesTheCountIsAnAssassination() {
            assertThat(rulesFiredOn(trigger(KILLING, "killed", DOC, 0, 20), trigger(PUBLIC_FIGURE, "minister", DOC, 0, 30),
                    claim("c1", 2, PEOPLE, KILLED).in(DOC, 0).from("police", SourceKind.STATE_OFFICIAL).build()))
                    .contains(RULE);
        }

        @Test
        void aJournalistAmongManyDeadIsNoAssassination() {
            assertThat(rulesFiredOn(trigger(KILLING, "killed", DOC, 0, 20), trigger(PUBLIC_FIGURE, "journalist", DOC, 0, 40),
                    claim("c1", 12, PEOPLE, KILLED).in(DOC, 0).build())).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyUnarmedAssaultAttack {
        private static final String RULE = "classify-unarmed-assault-attack";

        @Test
        void anAttackWithAlkaliIsAnUnarmedAssault() {
            assertConcludes(RULE, new Classification(UNARMED_ASSAULT, 0.75),
                    trigger(UNARMED_ATTACK, "alkali", DOC, 0, 0), trigger(ARMED_ATTACK, "attack", DOC, 0, 7));
        }

        @Test
        void acidWithNoAttackInItsSentenceIsNoAssault() {
            assertThat(rulesFiredOn(trigger(UNARMED_ATTACK, "acid", DOC, 0, 0), trigger(ARMED_ATTACK, "attack", DOC, 4, 90)))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyVehicleRammingNoToll {
        private static final String RULE = "classify-vehicle-ramming-no-toll";

        @Test
        void aVanPloughedIntoPedestriansWithNoFigureIsAnUnarmedAssault() {
            assertConcludes(RULE, new Classification(UNARMED_ASSAULT, 0.6),
                    trigger(VEHICLE_RAMMING, "ploughed his van into", DOC, 0, 8));
        }

        @Test
        void aLorryThatCrashedIntoAShelterIsNoRamming() {
            // "a lorry crashed into a bus shelter": an accident verb, not a deliberate one
            assertThat(rulesFiredOn(trigger(VEHICLE_RAMMING, "lorry crashed into", DOC, 0, 2)))
                    .doesNotContain(RULE);
        }

        @Test
        void aCarDrivenIntoAPlantIsNotThisRule() {
            assertThat(rulesFiredOn(trigger(VEHICLE_RAMMING, "drove a car into", DOC, 0, 8), facility("FACTORY", DOC, 0, 30)))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyVehicleRamming {
        private static final String RULE = "classify-vehicle-ramming";

        @Test
        void aTruckDrivenIntoACrowdThatKillsIsAnUnarmedAssault() {
            assertConcludes(RULE, new Classification(UNARMED_ASSAULT, 0.85),
                    trigger(VEHICLE_RAMMING, "ploughed into", DOC, 1, 30),
                    claim("c1", 4, PEOPLE, KILLED).in(DOC, 1).build());
        }

        @Test
        void aCarRammedIntoAFactoryAfterAnotherAttacksTollIsNoUnarmedAssault() {
            // "an attack on a mosque killed 16, while a man rammed a car into a factory"
            assertThat(rulesFiredOn(claim("c1", 16, PEOPLE, KILLED).in(DOC, 1).at(20).build(),
                    trigger(VEHICLE_RAMMING, "rammed", DOC, 1, 60), facility("FACTORY", DOC, 1, 74)))
                    .doesNotContain(RULE);
        }

        @Test
        void aVanDrivenIntoACafeThatInjuresIsStillARamming() {
            // "a van ploughed into a cafe, injuring 12 people": the toll follows the trigger
            assertThat(rulesFiredOn(trigger(VEHICLE_RAMMING, "ploughed into", DOC, 1, 10),
                    facility("RESTAURANT", DOC, 1, 26), claim("c1", 12, PEOPLE, INJURED).in(DOC, 1).at(40).build()))
                    .contains(RULE);
        }

        @Test
        void aTollToldWithABombIsTheBombings() {
            // "a bombing killed 16, while a man rammed a car into a plant"
            assertThat(rulesFiredOn(trigger(VEHICLE_RAMMING, "rammed", DOC, 1, 60), trigger(BOMBING, "bombing", DOC, 1, 5),
                    claim("c1", 16, PEOPLE, INJURED).in(DOC, 1).build())).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifyFacilityVehicle {
        private static final String RULE = "classify-facility-vehicle";

        @Test
        void aTruckDrivenIntoAPowerPlantGateIsAFacilityAttack() {
            assertConcludes(RULE, new Classification(FACILITY_INFRASTRUCTURE_ATTACK, 0.7),
                    trigger(VEHICLE_RAMMING, "drove a truck into", DOC, 0, 8), facility("POWER_PLANT", DOC, 0, 40));
        }

        @Test
        void peopleHurtAfterTheVehicleStruckMakeARammingNotAFacilityAttack() {
            assertThat(rulesFiredOn(trigger(VEHICLE_RAMMING, "drove a truck into", DOC, 0, 8),
                    facility("RESTAURANT", DOC, 0, 40), claim("c1", 9, PEOPLE, INJURED).in(DOC, 0).at(60).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aRammingToldFarDownTheReportIsAnotherEvent() {
            assertThat(rulesFiredOn(trigger(VEHICLE_RAMMING, "rammed", DOC, 12, 8), facility("FACTORY", DOC, 12, 22)))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifySecurityForceOperationNamedForce {
        private static final String RULE = "classify-security-force-operation-named-force";

        @Test
        void aRaidByANamedStateForceIsASecurityForceOperation() {
            assertConcludes(RULE, new Classification(SECURITY_FORCE_OPERATION, 0.7),
                    trigger(SECURITY_OPERATION, "raid", DOC, 0, 4),
                    actor("algerian-army", ActorKind.STATE_FORCE).in(DOC, 0).at(50).build());
        }

        @Test
        void anArmedGroupNamedBesideARaidIsNoStateForce() {
            assertThat(rulesFiredOn(trigger(SECURITY_OPERATION, "raid", DOC, 0, 4),
                    actor("some-brigade", ActorKind.ARMED_GROUP).in(DOC, 0).at(50).build())).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifySecurityForceOperationAttackersStopped {
        private static final String RULE = "classify-security-force-operation-attackers-stopped";

        @Test
        void forcesThatKillTheAttackersMakeAnOperation() {
            assertConcludes(RULE, new Classification(SECURITY_FORCE_OPERATION, 0.6),
                    claim("c1", 2, PERPETRATORS, KILLED).build(),
                    trigger(SECURITY_FORCE, "security forces", DOC, 0, 0));
        }

        @Test
        void attackersKilledWithNoForceNamedBeforeThemAreNoOperation() {
            // "two attackers blew themselves up"
            assertThat(rulesFiredOn(claim("c1", 2, PERPETRATORS, KILLED).build())).doesNotContain(RULE);
        }
    }

    @Nested
    class ClassifySecurityForceOperationStateAction {
        private static final String RULE = "classify-security-force-operation-state-action";

        @Test
        void aRescueOperationIsASecurityForceOperation() {
            assertConcludes(RULE, new Classification(SECURITY_FORCE_OPERATION, 0.7),
                    trigger(STATE_OPERATION, "rescue operation", DOC, 0, 4));
        }

        @Test
        void aRescueOperationOnlyPlannedIsNone() {
            assertThat(rulesFiredOn(threatened(STATE_OPERATION, "rescue operation", DOC, 0, 4))).doesNotContain(RULE);
        }
    }
}
