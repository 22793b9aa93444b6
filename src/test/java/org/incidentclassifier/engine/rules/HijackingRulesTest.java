package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.DOC;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.FactBuilder.facility;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ClaimStatus.HELD;
import static org.incidentclassifier.facts.ClaimStatus.TAKEN;
import static org.incidentclassifier.facts.IncidentType.HOSTAGE_TAKING_BARRICADE;
import static org.incidentclassifier.facts.Subject.PASSENGERS;
import static org.incidentclassifier.facts.TriggerKind.BOARDING;
import static org.incidentclassifier.facts.TriggerKind.HIJACKING;
import static org.incidentclassifier.facts.TriggerKind.KIDNAPPING;
import static org.incidentclassifier.facts.TriggerKind.SECURITY_FORCE;
import static org.incidentclassifier.facts.TriggerKind.HOSTAGE_TAKING;
import static org.incidentclassifier.facts.TriggerKind.SIEGE;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.engine.RuleSession;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Facility;
import org.incidentclassifier.facts.IncidentType;
import org.incidentclassifier.facts.Trigger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Captives held in a seized train, plane, bus or ship are a hijacking's: the barricade rules stand aside for it,
 * unless the hostages are told at a building, and a stand-off around the vehicle is a barricade ranked below it.
 */
class HijackingRulesTest {
    private static final Trigger HIJACKED = trigger(HIJACKING, "hijacked", DOC, 0, 20);
    private static final Trigger HOSTAGES = trigger(HOSTAGE_TAKING, "hostages", DOC, 1, 140);
    private static final CountClaim PASSENGERS_HELD = claim("c1", 40, PASSENGERS, HELD).in(DOC, 1).at(120).build();

    /** The rules whose conclusions still stand (a barricade rule may fire before the hijacking is concluded). */
    private static Set<String> standing(Object... facts) {
        return RuleSession.reason(List.of(facts)).conclusions().stream().map(Derivation::rule).collect(Collectors.toSet());
    }

    @Nested
    class BarricadeRulesStandAsideForAHijacking {
        @Test
        void passengersHeldOnASeizedTrainAreNoBarricade() {
            // "Separatists hijacked a train ... holding 40 passengers as hostages"
            assertThat(standing(HIJACKED, HOSTAGES, PASSENGERS_HELD, trigger(SIEGE, "siege", DOC, 2, 200)))
                    .contains("classify-hijacking")
                    .doesNotContain("classify-barricade-hostage-taking", "classify-barricade-siege",
                            "classify-barricade-people-held");
        }

        @Test
        void hostagesHeldWithoutAHijackingAreABarricade() {
            assertThat(rulesFiredOn(HOSTAGES, PASSENGERS_HELD)).contains("classify-barricade-hostage-taking");
        }

        @Test
        void hostagesTakenInASupermarketAfterACarWasHijackedAreABarricade() {
            // "he hijacked a car ... then took hostages inside a supermarket"
            Trigger tookHostages = trigger(HOSTAGE_TAKING, "took hostages", DOC, 3, 300);
            Facility supermarket = facility("SHOP", DOC, 3, 330);
            assertThat(standing(HIJACKED, tookHostages, supermarket, trigger(SIEGE, "siege", DOC, 4, 400)))
                    .contains("classify-barricade-siege", "classify-barricade-at-facility");
        }

        @Test
        void theCrewOfASeizedTankerIsNoBarricadeAtAFacility() {
            // "Pirates hijacked a tanker and took its 22 crew members hostage"
            assertThat(standing(HIJACKED, trigger(HOSTAGE_TAKING, "hostage", DOC, 0, 80), facility("SHIP", DOC, 0, 40)))
                    .doesNotContain("classify-barricade-at-facility");
        }
    }

    @Nested
    class ClassifyBarricadeVehicleStandOff {
        private static final String RULE = "classify-barricade-vehicle-stand-off";

        @Test
        void aSeizedBusSurroundedByPoliceIsAlsoABarricade() {
            // "Police surrounded the bus and talked with the hijacker for five hours"
            Trigger surrounded = trigger(SIEGE, "surrounded the bus", DOC, 2, 210);
            Facility bus = facility("BUS", DOC, 2, 225);

            assertThat(concludedBy(RULE, HIJACKED, HOSTAGES, surrounded, bus))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Classification(HOSTAGE_TAKING_BARRICADE, 0.75), RULE,
                            surrounded, new Classification(IncidentType.HIJACKING, 0.92), bus, HOSTAGES));
        }

        @Test
        void aSiegeToldAwayFromTheVehicleIsNoStandOffAroundIt() {
            // "the army said the siege had ended" with no train, plane, bus or ship in that sentence
            assertThat(rulesFiredOn(HIJACKED, HOSTAGES, trigger(SIEGE, "siege", DOC, 2, 210), facility("TRAIN", DOC, 0, 40)))
                    .doesNotContain(RULE);
        }

        @Test
        void aStandOffAroundABusWithNoHijackingIsNoVehicleStandOff() {
            assertThat(rulesFiredOn(HOSTAGES, trigger(SIEGE, "surrounded the bus", DOC, 2, 210), facility("BUS", DOC, 2, 225)))
                    .doesNotContain(RULE);
        }
    }
    @Nested
    class ClassifyHijackingVesselBoarded {
        private static final String RULE = "classify-hijacking-vessel-boarded";
        private static final Trigger BOARDED = trigger(BOARDING, "boarded an oil tanker", DOC, 0, 8);

        @Test
        void aTankerBoardedAndItsCrewKidnappedIsAHijacking() {
            // "Pirates boarded a tanker off Lome on Monday and kidnapped five of its crew"
            Trigger kidnapped = trigger(KIDNAPPING, "kidnapped", DOC, 0, 70);
            assertThat(concludedBy(RULE, BOARDED, kidnapped))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Classification(IncidentType.HIJACKING, 0.92), RULE, BOARDED, kidnapped));
        }

        @Test
        void aTrawlerBoardedAndSailedOffIsAHijacking() {
            // "Armed men boarded a trawler and sailed it away"
            assertThat(rulesFiredOn(trigger(BOARDING, "board ... trawler ... sail ... away", DOC, 0, 10))).contains(RULE);
        }

        @Test
        void aShipBoardedWithPeopleTakenLaterInItsSentenceIsAHijacking() {
            assertThat(rulesFiredOn(BOARDED, claim("c1", 6, PASSENGERS, TAKEN).in(DOC, 0).at(60).build())).contains(RULE);
        }

        @Test
        void aShipBoardedWithNothingSeizedIsNoHijacking() {
            // "Inspectors boarded the tanker at the quay"
            assertThat(rulesFiredOn(BOARDED)).doesNotContain(RULE);
        }

        @Test
        void aShipBoardedByTheCoastGuardWhoTookItsCrewIsNoHijacking() {
            // "Coast guard officers boarded a trawler and detained its crew, kidnapping suspects among them"
            Trigger coastGuard = trigger(SECURITY_FORCE, "coast guard", DOC, 0, 0);
            assertThat(rulesFiredOn(coastGuard, BOARDED, trigger(KIDNAPPING, "kidnapping", DOC, 0, 70))).doesNotContain(RULE);
        }
    }
}
