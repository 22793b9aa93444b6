package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.actor;
import static org.incidentclassifier.engine.FactBuilder.affiliation;
import static org.incidentclassifier.engine.FactBuilder.claim;
import static org.incidentclassifier.engine.FactBuilder.denied;
import static org.incidentclassifier.engine.FactBuilder.facility;
import static org.incidentclassifier.engine.FactBuilder.nationals;
import static org.incidentclassifier.engine.FactBuilder.threatened;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ActorKind.ARMED_GROUP;
import static org.incidentclassifier.facts.ActorKind.COMPANY;
import static org.incidentclassifier.facts.ActorKind.GOVERNMENT_BODY;
import static org.incidentclassifier.facts.ActorKind.MEDIA;
import static org.incidentclassifier.facts.ActorKind.NATIONALITY_GROUP;
import static org.incidentclassifier.facts.ActorKind.OFFICIAL;
import static org.incidentclassifier.facts.ActorKind.PERSON;
import static org.incidentclassifier.facts.ActorKind.STATE_FORCE;
import static org.incidentclassifier.facts.ClaimStatus.ESCAPED;
import static org.incidentclassifier.facts.ClaimStatus.HELD;
import static org.incidentclassifier.facts.ClaimStatus.INJURED;
import static org.incidentclassifier.facts.ClaimStatus.KILLED;
import static org.incidentclassifier.facts.ClaimStatus.TAKEN;
import static org.incidentclassifier.facts.Relation.AFFILIATED_TO;
import static org.incidentclassifier.facts.Relation.LED_BY;
import static org.incidentclassifier.facts.Relation.LOYAL_TO;
import static org.incidentclassifier.facts.Role.FACILITY_OPERATOR;
import static org.incidentclassifier.facts.Role.GOVERNMENT;
import static org.incidentclassifier.facts.Role.HOSTAGE;
import static org.incidentclassifier.facts.Role.PERPETRATOR;
import static org.incidentclassifier.facts.Role.RESPONDER;
import static org.incidentclassifier.facts.Role.SOURCE;
import static org.incidentclassifier.facts.Role.VICTIM;
import static org.incidentclassifier.facts.SourceKind.PERPETRATOR_CONDUIT;
import static org.incidentclassifier.facts.SourceKind.STATE_MEDIA;
import static org.incidentclassifier.facts.SourceKind.WIRE_AGENCY;
import static org.incidentclassifier.facts.Stance.CLAIMED;
import static org.incidentclassifier.facts.Subject.FOREIGN_HOSTAGES;
import static org.incidentclassifier.facts.Subject.HOSTAGES;
import static org.incidentclassifier.facts.Subject.PEOPLE;
import static org.incidentclassifier.facts.Subject.WORKERS;
import static org.incidentclassifier.facts.TriggerKind.AIRSTRIKE;
import static org.incidentclassifier.facts.TriggerKind.RESPONSIBILITY;
import static org.incidentclassifier.facts.TriggerKind.SECURITY_OPERATION;
import static org.incidentclassifier.facts.TriggerKind.SIEGE;

import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.ActorRole;
import org.incidentclassifier.facts.AffiliationClaim;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Facility;
import org.incidentclassifier.facts.SourceKind;
import org.incidentclassifier.facts.Trigger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/actors/roles.drl: the part each actor plays. */
class RolesRulesTest {
    private static final ActorMention BRIGADE = actor("signed-in-blood", ARMED_GROUP).named("Blood Signatories")
            .in("doc", 5).at(693).build();
    private static final ActorMention AQIM = actor("aqim", ARMED_GROUP).named("AQIM").in("doc", 5).at(750).build();
    private static final ActorMention BELMOKHTAR = actor("mokhtar-belmokhtar", PERSON).named("Mokhtar Belmokhtar")
            .in("doc", 6).at(900).build();

    @Nested
    class RolePerpetratorClaimsResponsibility {
        private static final String RULE = "role-perpetrator-claims-responsibility";

        @Test
        void theFirstGroupNamedBeforeTheClaimOfResponsibilityIsAPerpetrator() {
            // "The Blood Signatories, affiliated to AQIM, claimed responsibility": the brigade, not AQIM
            Trigger claimed = trigger(RESPONSIBILITY, "claimed responsibility", "doc", 5, 800);

            assertThat(concludedBy(RULE, claimed, AQIM, BRIGADE)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ActorRole("signed-in-blood", PERPETRATOR), RULE, claimed, BRIGADE));
        }

        @Test
        void aGroupNamedAfterTheClaimOfResponsibilityIsNotThePerpetrator() {
            assertThat(rulesFiredOn(trigger(RESPONSIBILITY, "claimed responsibility", "doc", 5, 600), BRIGADE))
                    .doesNotContain(RULE);
        }

        @Test
        void aGroupNamedInAnotherSentenceIsNotThePerpetrator() {
            assertThat(rulesFiredOn(trigger(RESPONSIBILITY, "claimed responsibility", "doc", 6, 900), BRIGADE))
                    .doesNotContain(RULE);
        }

        @Test
        void aGroupThatDeniesResponsibilityIsNotThePerpetrator() {
            // "The Blood Signatories did not claim responsibility"
            assertThat(rulesFiredOn(denied(RESPONSIBILITY, "claim responsibility", "doc", 5, 800), BRIGADE))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class RolePerpetratorClaimsHostages {
        private static final String RULE = "role-perpetrator-claims-hostages";

        @Test
        void aGroupThatSaysItHoldsHostagesIsAPerpetrator() {
            // "The Blood Signatories, affiliated to AQIM, claimed to be holding 41 hostages"
            CountClaim holding = claim("c1", 41, HOSTAGES, HELD).from("the Blood Signatories", SourceKind.PERPETRATOR)
                    .stance(CLAIMED).in("doc", 5).build();

            assertThat(concludedBy(RULE, holding, AQIM, BRIGADE)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ActorRole("signed-in-blood", PERPETRATOR), RULE, holding, BRIGADE));
        }

        @Test
        void aGroupNamedBesideAnIndependentFigureOfHostagesIsNotThereforeAPerpetrator() {
            assertThat(rulesFiredOn(BRIGADE,
                    claim("c1", 41, HOSTAGES, HELD).from("Reuters", WIRE_AGENCY).in("doc", 5).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aGroupThatCountsTheDeadIsNotThereforeAPerpetrator() {
            assertThat(rulesFiredOn(BRIGADE,
                    claim("c1", 35, HOSTAGES, KILLED).from("the Blood Signatories", SourceKind.PERPETRATOR)
                            .in("doc", 5).build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class RolePerpetratorLeader {
        private static final String RULE = "role-perpetrator-leader";

        @Test
        void theLeaderOfThePerpetratorsIsAPerpetrator() {
            Trigger claimed = trigger(RESPONSIBILITY, "claimed responsibility", "doc", 5, 800);
            AffiliationClaim ledBy = affiliation("a1", "signed-in-blood", LED_BY, "mokhtar-belmokhtar").build();

            assertThat(concludedBy(RULE, BRIGADE, BELMOKHTAR, claimed, ledBy)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ActorRole("mokhtar-belmokhtar", PERPETRATOR), RULE,
                            ledBy, new ActorRole("signed-in-blood", PERPETRATOR), BELMOKHTAR));
        }

        @Test
        void theGroupThePerpetratorsAreAffiliatedToIsNotThereforeAPerpetrator() {
            assertThat(rulesFiredOn(BRIGADE, trigger(RESPONSIBILITY, "claimed responsibility", "doc", 5, 800),
                    affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim").build()))
                    .doesNotContain(RULE);
        }

        @Test
        void theLeaderOfAGroupThatPlaysNoPerpetratorRoleIsNotAPerpetrator() {
            assertThat(rulesFiredOn(BRIGADE, affiliation("a1", "signed-in-blood", LED_BY, "mokhtar-belmokhtar").build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class RolePerpetratorLeaderOfUnnamed {
        private static final String RULE = "role-perpetrator-leader-of-unnamed";

        @Test
        void theLeaderTheHostageTakersClaimIsAPerpetrator() {
            // "The hostage-takers - who claimed to be led by Mokhtar Belmokhtar"
            AffiliationClaim ledBy = affiliation("a1", "unnamed-perpetrators", LED_BY, "mokhtar-belmokhtar")
                    .holderNamed("hostage-takers").build();

            assertThat(concludedBy(RULE, BELMOKHTAR, ledBy)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ActorRole("mokhtar-belmokhtar", PERPETRATOR), RULE, ledBy, BELMOKHTAR));
        }

        @Test
        void aLeaderOfANamedGroupIsNotThereforeTheLeaderOfTheUnnamedPerpetrators() {
            assertThat(rulesFiredOn(affiliation("a1", "signed-in-blood", LOYAL_TO, "mokhtar-belmokhtar").build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aGroupTheHostageTakersAreLoyalToIsNotThereforeAPerpetrator() {
            // "hostage-takers loyal to AQIM": loyalty to a group is not leadership
            assertThat(rulesFiredOn(AQIM, affiliation("a1", "unnamed-perpetrators", LOYAL_TO, "aqim").build()))
                    .doesNotContain(RULE);
        }

        @Test
        void theGroupTheHostageTakersAreAffiliatedToIsNotThereforeAPerpetrator() {
            assertThat(rulesFiredOn(affiliation("a1", "unnamed-perpetrators", AFFILIATED_TO, "aqim").build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class RoleHostageNationality {
        private static final String RULE = "role-hostage-nationality";
        private final ActorMention americans = actor("american", NATIONALITY_GROUP).named("Americans").country("US")
                .build();

        @Test
        void nationalsCountedAmongThoseTakenAreHostages() {
            CountClaim taken = claim("c1", 41, FOREIGN_HOSTAGES, TAKEN)
                    .breakdown(nationals("US", 7), nationals("GB", 2)).build();

            assertThat(concludedBy(RULE, americans, taken)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ActorRole("american", HOSTAGE), RULE, americans, taken,
                            nationals("US", 7)));
        }

        @Test
        void nationalsCountedAmongTheDeadAreNotThereforeHostages() {
            assertThat(rulesFiredOn(americans, claim("c1", 37, HOSTAGES, KILLED).breakdown(nationals("US", 3)).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void nationalsMissingFromTheBreakdownAreNotHostages() {
            assertThat(rulesFiredOn(americans, claim("c1", 41, FOREIGN_HOSTAGES, TAKEN)
                    .breakdown(nationals("GB", 2), nationals("JP", 10)).build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class RoleHostageNamed {
        private static final String RULE = "role-hostage-named";

        @Test
        void nationalsNamedAsHostagesAreHostages() {
            ActorMention japanese = actor("japanese", NATIONALITY_GROUP).named("Japanese").matched("Japanese hostages")
                    .country("JP").build();

            assertThat(concludedBy(RULE, japanese)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ActorRole("japanese", HOSTAGE), RULE, japanese));
        }

        @Test
        void nationalsNamedAsWorkersAreNotThereforeHostages() {
            assertThat(rulesFiredOn(actor("japanese", NATIONALITY_GROUP).named("Japanese").matched("Japanese workers")
                    .country("JP").build())).doesNotContain(RULE);
        }

        @Test
        void aGroupNamedBesideHostagesIsNotAHostage() {
            // only nationality groups: "AQIM hostage-takers" are no hostages
            assertThat(rulesFiredOn(actor("aqim", ARMED_GROUP).matched("AQIM hostage-takers").build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class RoleVictimNationality {
        private static final String RULE = "role-victim-nationality";
        private final ActorMention japanese = actor("japanese", NATIONALITY_GROUP).named("Japanese").country("JP")
                .build();

        @Test
        void nationalsCountedAmongTheDeadAreVictims() {
            CountClaim killed = claim("c1", 37, HOSTAGES, KILLED).breakdown(nationals("JP", 10), nationals("PH", 8))
                    .build();

            assertThat(concludedBy(RULE, japanese, killed)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ActorRole("japanese", VICTIM), RULE, japanese, killed,
                            nationals("JP", 10)));
        }

        @Test
        void nationalsCountedAmongTheWoundedAreVictims() {
            CountClaim injured = claim("c1", 12, PEOPLE, INJURED).breakdown(nationals("JP", 1)).build();

            assertThat(concludedBy(RULE, japanese, injured)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ActorRole("japanese", VICTIM), RULE, japanese, injured,
                            nationals("JP", 1)));
        }

        @Test
        void nationalsWhoEscapedAreNotVictims() {
            assertThat(rulesFiredOn(japanese, claim("c1", 15, WORKERS, ESCAPED).breakdown(nationals("JP", 2)).build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class RoleResponder {
        private static final String RULE = "role-responder";
        private final ActorMention army = actor("algerian-army", STATE_FORCE).named("Algerian army").in("doc", 3)
                .at(300).build();

        @Test
        void forcesNamedTheSentenceBeforeAnOperationRespond() {
            Trigger operation = trigger(SECURITY_OPERATION, "rescue operation", "doc", 4, 420);

            assertThat(concludedBy(RULE, army, operation)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ActorRole("algerian-army", RESPONDER), RULE, army, operation));
        }

        @Test
        void forcesNamedBesideASiegeRespond() {
            Trigger siege = trigger(SIEGE, "surrounded", "doc", 3, 340);

            assertThat(concludedBy(RULE, army, siege)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ActorRole("algerian-army", RESPONDER), RULE, army, siege));
        }

        @Test
        void forcesNamedTwoSentencesFromTheOperationDoNotRespond() {
            assertThat(rulesFiredOn(army, trigger(AIRSTRIKE, "helicopter strikes", "doc", 5, 500))).doesNotContain(RULE);
        }

        @Test
        void forcesThatOnlyThreatenAnOperationDoNotRespond() {
            assertThat(rulesFiredOn(army, threatened(SECURITY_OPERATION, "storm the site", "doc", 3, 340)))
                    .doesNotContain(RULE);
        }

        @Test
        void forcesNamedInAnotherReportDoNotRespond() {
            assertThat(rulesFiredOn(army, trigger(SECURITY_OPERATION, "rescue operation", "other", 3, 340)))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class RoleGovernment {
        private static final String RULE = "role-government";

        @Test
        void anOfficialIsTheGovernment() {
            ActorMention minister = actor("daho-ould-kablia", OFFICIAL).named("Daho Ould Kablia").build();

            assertThat(concludedBy(RULE, minister)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ActorRole("daho-ould-kablia", GOVERNMENT), RULE, minister));
        }

        @Test
        void aGovernmentBodyIsTheGovernment() {
            ActorMention ministry = actor("algerian-interior-ministry", GOVERNMENT_BODY).build();

            assertThat(concludedBy(RULE, ministry)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ActorRole("algerian-interior-ministry", GOVERNMENT), RULE,
                            ministry));
        }

        @Test
        void stateForcesAreNotTheGovernment() {
            assertThat(rulesFiredOn(actor("algerian-army", STATE_FORCE).build())).doesNotContain(RULE);
        }
    }

    @Nested
    class RoleFacilityOperator {
        private static final String RULE = "role-facility-operator";
        private final ActorMention bp = actor("bp", COMPANY).named("BP").in("doc", 2).at(210).build();

        @Test
        void aCompanyNamedWithTheFacilityOperatesIt() {
            Facility gasField = facility("gas field", "doc", 2);

            assertThat(concludedBy(RULE, bp, gasField)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ActorRole("bp", FACILITY_OPERATOR), RULE, bp, gasField));
        }

        @Test
        void aCompanyNamedInAnotherSentenceDoesNotOperateTheFacility() {
            assertThat(rulesFiredOn(bp, facility("gas field", "doc", 3))).doesNotContain(RULE);
        }

        @Test
        void aPersonNamedWithTheFacilityDoesNotOperateIt() {
            assertThat(rulesFiredOn(actor("mokhtar-belmokhtar", PERSON).in("doc", 2).build(),
                    facility("gas field", "doc", 2))).doesNotContain(RULE);
        }
    }

    @Nested
    class RoleSource {
        private static final String RULE = "role-source";

        @Test
        void theAgencyAFigureIsAttributedToIsASource() {
            ActorMention aps = actor("aps", MEDIA).named("APS").in("doc", 3).at(300).build();
            CountClaim figure = claim("c1", 30, HOSTAGES, ESCAPED).from("Algeria's APS official news agency", STATE_MEDIA)
                    .in("doc", 3).build();

            assertThat(concludedBy(RULE, aps, figure)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ActorRole("aps", SOURCE), RULE, aps, figure));
        }

        @Test
        void theOutletAFigureWasRelayedThroughIsASource() {
            // "the militants told ANI"
            ActorMention ani = actor("ani", MEDIA).named("Agence Nouakchott d'Information").matched("ANI").in("doc", 4)
                    .at(451).build();
            CountClaim figure = claim("c1", 41, HOSTAGES, HELD).from("the militants", PERPETRATOR_CONDUIT, "ANI")
                    .in("doc", 4).build();

            assertThat(concludedBy(RULE, ani, figure)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new ActorRole("ani", SOURCE), RULE, ani, figure));
        }

        @Test
        void anOutletNamedInAnotherSentenceThanTheFigureIsNotItsSource() {
            assertThat(rulesFiredOn(actor("aps", MEDIA).named("APS").in("doc", 2).build(),
                    claim("c1", 30, HOSTAGES, ESCAPED).from("Algeria's APS official news agency", STATE_MEDIA)
                            .in("doc", 3).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void anOutletNamedBesideAFigureAttributedToAnotherIsNotItsSource() {
            assertThat(rulesFiredOn(actor("aps", MEDIA).named("APS").in("doc", 3).build(),
                    claim("c1", 30, HOSTAGES, ESCAPED).from("Reuters", WIRE_AGENCY).in("doc", 3).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void nationalsTheSourceIsNamedAfterAreNotASource() {
            // "Algerian officials said": the Algerians counted are not the source
            assertThat(rulesFiredOn(actor("algerian", NATIONALITY_GROUP).named("Algerian").country("DZ").in("doc", 3)
                            .build(),
                    claim("c1", 30, HOSTAGES, ESCAPED).from("Algerian officials", SourceKind.STATE_OFFICIAL)
                            .in("doc", 3).build()))
                    .doesNotContain(RULE);
        }
    }
}
