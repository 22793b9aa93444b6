package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.actor;
import static org.incidentclassifier.engine.FactBuilder.affiliation;
import static org.incidentclassifier.engine.FactBuilder.alias;
import static org.incidentclassifier.engine.FactBuilder.known;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ActorKind.ARMED_GROUP;
import static org.incidentclassifier.facts.ActorKind.PERSON;
import static org.incidentclassifier.facts.AffiliationStatus.ASSERTED;
import static org.incidentclassifier.facts.AffiliationStatus.CLAIMED_ONLY;
import static org.incidentclassifier.facts.AffiliationStatus.CONTESTED;
import static org.incidentclassifier.facts.AffiliationStatus.CORROBORATED;
import static org.incidentclassifier.facts.AffiliationStatus.KNOWN;
import static org.incidentclassifier.facts.Relation.AFFILIATED_TO;
import static org.incidentclassifier.facts.Relation.BROKE_AWAY_FROM;
import static org.incidentclassifier.facts.Relation.LED_BY;
import static org.incidentclassifier.facts.Relation.LOYAL_TO;
import static org.incidentclassifier.facts.Relation.MEMBER_OF;
import static org.incidentclassifier.facts.SourceKind.PERPETRATOR;
import static org.incidentclassifier.facts.SourceKind.PERPETRATOR_CONDUIT;
import static org.incidentclassifier.facts.SourceKind.STATE_MEDIA;
import static org.incidentclassifier.facts.SourceKind.WIRE_AGENCY;
import static org.incidentclassifier.facts.Stance.CLAIMED;
import static org.incidentclassifier.facts.Stance.REPORTED;

import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.Affiliation;
import org.incidentclassifier.facts.AffiliationClaim;
import org.incidentclassifier.facts.AliasClaim;
import org.incidentclassifier.facts.Identity;
import org.incidentclassifier.facts.KnownAffiliation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/actors/affiliations.drl: the status of each relation between actors. */
class AffiliationsRulesTest {
    private static final ActorMention BRIGADE = actor("signed-in-blood", ARMED_GROUP).named("Blood Signatories")
            .in("doc1", 5).build();
    private static final ActorMention MASKED = actor("masked-brigade", ARMED_GROUP).named("Masked Brigade")
            .in("doc2", 1).build();
    private static final ActorMention BELMOKHTAR = actor("mokhtar-belmokhtar", PERSON).named("Mokhtar Belmokhtar")
            .in("doc1", 7).build();

    @Nested
    class AffiliationKnown {
        private static final String RULE = "affiliation-known";

        @Test
        void aRelationTheLexiconRecordsIsKnown() {
            KnownAffiliation brokeAway = known("mokhtar-belmokhtar", BROKE_AWAY_FROM, "aqim");

            assertThat(concludedBy(RULE, brokeAway)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Affiliation("mokhtar-belmokhtar", BROKE_AWAY_FROM, "aqim", KNOWN),
                            RULE, brokeAway));
        }

        @Test
        void aRelationOnlyAReportStatesIsNotKnownBackground() {
            assertThat(rulesFiredOn(affiliation("a1", "mokhtar-belmokhtar", BROKE_AWAY_FROM, "aqim").build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class AffiliationClaimedOnly {
        private static final String RULE = "affiliation-claimed-only";

        @Test
        void aRelationOnlyTheGroupItselfClaimsIsClaimedOnly() {
            AffiliationClaim own = affiliation("a1", "signed-in-blood", LOYAL_TO, "mokhtar-belmokhtar")
                    .from("the Blood Signatories", PERPETRATOR).stance(CLAIMED).build();

            assertThat(concludedBy(RULE, own)).usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(
                    derivation(new Affiliation("signed-in-blood", LOYAL_TO, "mokhtar-belmokhtar", CLAIMED_ONLY),
                            RULE, own));
        }

        @Test
        void aClaimRelayedByTheGroupsMouthpieceIsClaimedOnly() {
            AffiliationClaim relayed = affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim")
                    .from("ANI", PERPETRATOR_CONDUIT).stance(CLAIMED).build();

            assertThat(concludedBy(RULE, relayed)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Affiliation("signed-in-blood", AFFILIATED_TO, "aqim", CLAIMED_ONLY),
                            RULE, relayed));
        }

        @Test
        void aRelationAnotherKindOfSourceAlsoStatesIsNotClaimedOnly() {
            assertThat(rulesFiredOn(
                    affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim").from("the Blood Signatories", PERPETRATOR)
                            .stance(CLAIMED).build(),
                    affiliation("a2", "signed-in-blood", AFFILIATED_TO, "aqim").from("Reuters", WIRE_AGENCY).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void theGroupsOwnWordIsClaimedOnlyWhateverItsStance() {
            AffiliationClaim reported = affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim")
                    .from("the Blood Signatories", PERPETRATOR).stance(REPORTED).build();

            assertThat(concludedBy(RULE, reported)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Affiliation("signed-in-blood", AFFILIATED_TO, "aqim", CLAIMED_ONLY),
                            RULE, reported));
        }
    }

    @Nested
    class AffiliationAsserted {
        private static final String RULE = "affiliation-asserted";

        @Test
        void aRelationAReportStatesIsAsserted() {
            AffiliationClaim stated = affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim")
                    .from("Reuters", WIRE_AGENCY).build();

            assertThat(concludedBy(RULE, stated)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(derivation(new Affiliation("signed-in-blood", AFFILIATED_TO, "aqim", ASSERTED),
                            RULE, stated));
        }

        @Test
        void theGroupsOwnReportIsNotAsserted() {
            assertThat(rulesFiredOn(affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim")
                    .from("the Blood Signatories", PERPETRATOR).stance(REPORTED).build())).doesNotContain(RULE);
        }

        @Test
        void theGroupsOwnClaimIsNotAsserted() {
            assertThat(rulesFiredOn(affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim")
                    .from("the Blood Signatories", PERPETRATOR).stance(CLAIMED).build())).doesNotContain(RULE);
        }

        @Test
        void aRelationOfAnUnnamedHolderIsNotAsserted() {
            // "al-Qaida-linked militants": no actor to hold the relation
            assertThat(rulesFiredOn(affiliation("a1", null, AFFILIATED_TO, "aqim").holderNamed("militants").build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class AffiliationCorroborated {
        private static final String RULE = "affiliation-corroborated";

        @Test
        void oneRelationStatedInTwoReportsIsCorroborated() {
            AffiliationClaim first = affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim")
                    .from("APS", STATE_MEDIA).in("doc1", 5).build();
            AffiliationClaim second = affiliation("a2", "signed-in-blood", AFFILIATED_TO, "aqim")
                    .from("APS", STATE_MEDIA).in("doc2", 3).build();
            Identity itself = new Identity("signed-in-blood", "signed-in-blood");
            Identity aqimItself = new Identity("aqim", "aqim");

            assertThat(concludedBy(RULE, BRIGADE, first, second)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactlyInAnyOrder(
                            derivation(new Affiliation("signed-in-blood", AFFILIATED_TO, "aqim", CORROBORATED),
                                    RULE, first, itself, aqimItself, second),
                            derivation(new Affiliation("signed-in-blood", AFFILIATED_TO, "aqim", CORROBORATED),
                                    RULE, second, itself, aqimItself, first));
        }

        @Test
        void twoSourcesOfOneReportUnderTwoNamesOfTheGroupCorroborate() {
            AliasClaim callsItself = alias("signed-in-blood", "masked-brigade", "CALLS_ITSELF");
            AffiliationClaim byAps = affiliation("a1", "signed-in-blood", LOYAL_TO, "mokhtar-belmokhtar")
                    .from("APS", STATE_MEDIA).build();
            AffiliationClaim byReuters = affiliation("a2", "masked-brigade", LOYAL_TO, "mokhtar-belmokhtar")
                    .from("Reuters", WIRE_AGENCY).build();

            assertThat(concludedBy(RULE, callsItself, byAps, byReuters))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactlyInAnyOrder(
                            derivation(new Affiliation("signed-in-blood", LOYAL_TO, "mokhtar-belmokhtar", CORROBORATED),
                                    RULE, byAps, new Identity("signed-in-blood", "masked-brigade"),
                                    new Identity("mokhtar-belmokhtar", "mokhtar-belmokhtar"), byReuters),
                            derivation(new Affiliation("masked-brigade", LOYAL_TO, "mokhtar-belmokhtar", CORROBORATED),
                                    RULE, byReuters, new Identity("masked-brigade", "signed-in-blood"),
                                    new Identity("mokhtar-belmokhtar", "mokhtar-belmokhtar"), byAps));
        }

        @Test
        void oneSourceRepeatingItselfInOneReportDoesNotCorroborate() {
            assertThat(rulesFiredOn(BRIGADE,
                    affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim").from("APS", STATE_MEDIA).in("doc1", 5)
                            .build(),
                    affiliation("a2", "signed-in-blood", AFFILIATED_TO, "aqim").from("APS", STATE_MEDIA).in("doc1", 9)
                            .build()))
                    .doesNotContain(RULE);
        }

        @Test
        void twoReportsOfRelationsToDifferentGroupsDoNotCorroborate() {
            assertThat(rulesFiredOn(BRIGADE,
                    affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim").in("doc1", 5).build(),
                    affiliation("a2", "signed-in-blood", AFFILIATED_TO, "mujao").in("doc2", 3).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void theGroupsOwnClaimRepeatedInTwoReportsIsNotCorroborated() {
            AffiliationClaim own = affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim")
                    .from("the Blood Signatories", PERPETRATOR).stance(CLAIMED).in("doc1", 5).build();
            AffiliationClaim relayed = affiliation("a2", "signed-in-blood", AFFILIATED_TO, "aqim")
                    .from("ANI", PERPETRATOR_CONDUIT).stance(CLAIMED).in("doc2", 2).build();

            assertThat(rulesFiredOn(BRIGADE, own, relayed)).doesNotContain(RULE).contains("affiliation-claimed-only");
        }

        @Test
        void theUnnamedPerpetratorsRelationStatedInTwoReportsIsCorroborated() {
            AffiliationClaim first = affiliation("a1", "unnamed-perpetrators", LED_BY, "mokhtar-belmokhtar")
                    .holderNamed("hostage-takers").from("APS", STATE_MEDIA).in("doc1", 17).build();
            AffiliationClaim second = affiliation("a2", "unnamed-perpetrators", LED_BY, "mokhtar-belmokhtar")
                    .holderNamed("kidnappers").from("Reuters", WIRE_AGENCY).in("doc2", 4).build();

            assertThat(concludedBy(RULE, first, second)).extracting(Derivation::conclusion)
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(
                            new Affiliation("unnamed-perpetrators", LED_BY, "mokhtar-belmokhtar", CORROBORATED),
                            new Affiliation("unnamed-perpetrators", LED_BY, "mokhtar-belmokhtar", CORROBORATED));
        }

        @Test
        void aRelationToTheTargetUnderAnotherOfItsNamesIsCorroborated() {
            AliasClaim alsoKnownAs = alias("mokhtar-belmokhtar", "laaouar", "ALSO_KNOWN_AS");
            AffiliationClaim toBelmokhtar = affiliation("a1", "signed-in-blood", LOYAL_TO, "mokhtar-belmokhtar")
                    .from("APS", STATE_MEDIA).in("doc1", 5).build();
            AffiliationClaim toLaaouar = affiliation("a2", "signed-in-blood", LOYAL_TO, "laaouar")
                    .from("Reuters", WIRE_AGENCY).in("doc2", 3).build();

            assertThat(concludedBy(RULE, BRIGADE, BELMOKHTAR, alsoKnownAs, toBelmokhtar, toLaaouar))
                    .extracting(Derivation::conclusion).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactlyInAnyOrder(
                            new Affiliation("signed-in-blood", LOYAL_TO, "mokhtar-belmokhtar", CORROBORATED),
                            new Affiliation("signed-in-blood", LOYAL_TO, "laaouar", CORROBORATED));
        }
    }

    @Nested
    class AffiliationContestedBreakAway {
        private static final String RULE = "affiliation-contested-break-away";

        @Test
        void aGroupSaidToBelongToAGroupItBrokeAwayFromIsContested() {
            AliasClaim callsItself = alias("signed-in-blood", "masked-brigade", "CALLS_ITSELF");
            AffiliationClaim affiliated = affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim").in("doc1", 5)
                    .build();
            AffiliationClaim brokeAway = affiliation("a2", "masked-brigade", BROKE_AWAY_FROM, "aqim").in("doc2", 1)
                    .build();

            assertThat(concludedBy(RULE, callsItself, affiliated, brokeAway))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(
                            derivation(new Affiliation("signed-in-blood", AFFILIATED_TO, "aqim", CONTESTED), RULE,
                                    affiliated, new Identity("signed-in-blood", "masked-brigade"), brokeAway));
        }

        @Test
        void breakingAwayFromAnotherGroupDoesNotContest() {
            assertThat(rulesFiredOn(BRIGADE,
                    affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim").in("doc1", 5).build(),
                    affiliation("a2", "signed-in-blood", BROKE_AWAY_FROM, "gia").in("doc2", 1).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aBreakAwayByAnotherGroupDoesNotContest() {
            assertThat(rulesFiredOn(BRIGADE, MASKED,
                    affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim").in("doc1", 5).build(),
                    affiliation("a2", "masked-brigade", BROKE_AWAY_FROM, "aqim").in("doc2", 1).build()))
                    .doesNotContain(RULE);
        }
    }

    @Nested
    class AffiliationContestedKnownBreakAway {
        private static final String RULE = "affiliation-contested-known-break-away";

        @Test
        void aMemberOfAGroupTheLexiconSaysHeBrokeAwayFromIsContested() {
            AffiliationClaim member = affiliation("a1", "mokhtar-belmokhtar", MEMBER_OF, "aqim").in("doc1", 7).build();
            KnownAffiliation brokeAway = known("mokhtar-belmokhtar", BROKE_AWAY_FROM, "aqim");

            assertThat(concludedBy(RULE, BELMOKHTAR, member, brokeAway))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(
                            derivation(new Affiliation("mokhtar-belmokhtar", MEMBER_OF, "aqim", CONTESTED), RULE,
                                    member, new Identity("mokhtar-belmokhtar", "mokhtar-belmokhtar"), brokeAway));
        }

        @Test
        void aKnownBreakAwayFromAnotherGroupDoesNotContest() {
            assertThat(rulesFiredOn(BELMOKHTAR, affiliation("a1", "mokhtar-belmokhtar", MEMBER_OF, "aqim").build(),
                    known("mokhtar-belmokhtar", BROKE_AWAY_FROM, "gia"))).doesNotContain(RULE);
        }

        @Test
        void aKnownRelationOtherThanBreakingAwayDoesNotContest() {
            assertThat(rulesFiredOn(BELMOKHTAR, affiliation("a1", "mokhtar-belmokhtar", MEMBER_OF, "aqim").build(),
                    known("mokhtar-belmokhtar", AFFILIATED_TO, "aqim"))).doesNotContain(RULE);
        }

        @Test
        void anOffshootOfTheGroupItBrokeAwayFromIsItsDescentNotAContest() {
            // "the Sahel Brigade, an offshoot of AQIM": where it came from, which its break-away agrees with
            AffiliationClaim offshoot = affiliation("a1", "mokhtar-belmokhtar", AFFILIATED_TO, "aqim")
                    .worded("Mokhtar Belmokhtar, an offshoot of AQIM").build();
            assertThat(rulesFiredOn(BELMOKHTAR, offshoot, known("mokhtar-belmokhtar", BROKE_AWAY_FROM, "aqim")))
                    .doesNotContain(RULE).contains("affiliation-asserted");
        }

        @Test
        void anAffiliateOfTheGroupItBrokeAwayFromIsStillContested() {
            AffiliationClaim affiliate = affiliation("a1", "mokhtar-belmokhtar", AFFILIATED_TO, "aqim")
                    .worded("Mokhtar Belmokhtar, affiliated to AQIM").build();
            assertThat(rulesFiredOn(BELMOKHTAR, affiliate, known("mokhtar-belmokhtar", BROKE_AWAY_FROM, "aqim")))
                    .contains(RULE);
        }
    }

    @Nested
    class AffiliationContestedLeaderBrokeAway {
        private static final String RULE = "affiliation-contested-leader-broke-away";

        @Test
        void aGroupSaidToBelongToAGroupItsLeaderBrokeAwayFromIsContested() {
            AffiliationClaim affiliated = affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim").in("doc1", 5)
                    .build();
            AffiliationClaim ledBy = affiliation("a2", "signed-in-blood", LED_BY, "mokhtar-belmokhtar").in("doc1", 6)
                    .build();
            AffiliationClaim brokeAway = affiliation("a3", "mokhtar-belmokhtar", BROKE_AWAY_FROM, "aqim")
                    .in("doc2", 2).build();

            assertThat(concludedBy(RULE, BRIGADE, affiliated, ledBy, brokeAway))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(
                            derivation(new Affiliation("signed-in-blood", AFFILIATED_TO, "aqim", CONTESTED), RULE,
                                    affiliated, new Identity("signed-in-blood", "signed-in-blood"), ledBy, brokeAway));
        }

        @Test
        void aLeaderWhoBrokeAwayFromAnotherGroupDoesNotContest() {
            assertThat(rulesFiredOn(BRIGADE,
                    affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim").in("doc1", 5).build(),
                    affiliation("a2", "signed-in-blood", LED_BY, "mokhtar-belmokhtar").in("doc1", 6).build(),
                    affiliation("a3", "mokhtar-belmokhtar", BROKE_AWAY_FROM, "gia").in("doc2", 2).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void someoneWhoBrokeAwayButDoesNotLeadTheGroupDoesNotContest() {
            assertThat(rulesFiredOn(BRIGADE,
                    affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim").in("doc1", 5).build(),
                    affiliation("a3", "mokhtar-belmokhtar", BROKE_AWAY_FROM, "aqim").in("doc2", 2).build()))
                    .doesNotContain(RULE);
        }
    }
}
