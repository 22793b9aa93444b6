package org.incidentclassifier.engine.rules;

import static org.incidentclassifier.engine.ExpectedInconsistency.inconsistency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.actor;
import static org.incidentclassifier.engine.FactBuilder.affiliation;
import static org.incidentclassifier.engine.FactBuilder.alias;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.engine.RuleSession.rulesFiredOn;
import static org.incidentclassifier.facts.ActorKind.ARMED_GROUP;
import static org.incidentclassifier.facts.InconsistencyKind.AFFILIATION_CONFLICT;
import static org.incidentclassifier.facts.Relation.AFFILIATED_TO;
import static org.incidentclassifier.facts.Relation.BROKE_AWAY_FROM;
import static org.incidentclassifier.facts.Relation.LED_BY;
import static org.incidentclassifier.facts.Relation.LOYAL_TO;
import static org.incidentclassifier.facts.Relation.MEMBER_OF;
import static org.incidentclassifier.facts.Severity.MEDIUM;

import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.AffiliationClaim;
import org.incidentclassifier.facts.AliasClaim;
import org.incidentclassifier.facts.Identity;
import org.incidentclassifier.facts.Inconsistency;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/consistency/affiliation-conflict.drl: a group said to belong to a group it broke away from. */
class AffiliationConflictRulesTest {
    private static final ActorMention BRIGADE = actor("signed-in-blood", ARMED_GROUP).named("Blood Signatories")
            .in("doc1", 5).build();
    private static final AffiliationClaim AFFILIATED = affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim")
            .holderNamed("Blood Signatories").targetNamed("al-Qaeda in the Islamic Maghreb").in("doc1", 5).build();

    /** "{holderName} broke away from AQIM", told in this document's sentence. */
    private static AffiliationClaim brokeAwayFromAqim(String id, String holderId, String holderName, String document,
            int sentence) {
        return affiliation(id, holderId, BROKE_AWAY_FROM, "aqim").holderNamed(holderName).in(document, sentence)
                .build();
    }

    /** The affiliation conflict a test expects: this explanation, by this rule, on these facts in match order. */
    private static Derivation conflict(String rule, String explanation, Object... matched) {
        return derivation(inconsistency(AFFILIATION_CONFLICT, MEDIUM, explanation), rule, matched);
    }

    @Nested
    class AffiliationConflict {
        private static final String RULE = "affiliation-conflict";

        @Test
        void aGroupSaidToBelongToAGroupItBrokeAwayFromUnderAnotherNameIsAConflict() {
            AliasClaim callsItself = alias("signed-in-blood", "masked-brigade", "CALLS_ITSELF");
            AffiliationClaim brokeAway = affiliation("a2", "masked-brigade", BROKE_AWAY_FROM, "aqim")
                    .holderNamed("the Masked Brigade").targetNamed("AQIM").in("doc2", 1).build();

            assertThat(concludedBy(RULE, callsItself, AFFILIATED, brokeAway))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(conflict(RULE, "Blood Signatories is said to be affiliated to"
                            + " al-Qaeda in the Islamic Maghreb (doc1), but the Masked Brigade broke away from it"
                            + " (doc2).",
                            AFFILIATED, new Identity("signed-in-blood", "masked-brigade"), brokeAway));
        }

        @Test
        void loyaltyToTheGroupItBrokeAwayFromIsAConflict() {
            AffiliationClaim loyal = affiliation("a1", "signed-in-blood", LOYAL_TO, "aqim").holderNamed("Blood Signatories")
                    .targetNamed("AQIM").in("doc1", 5).build();
            AffiliationClaim brokeAway = brokeAwayFromAqim("a2", "signed-in-blood", "the brigade", "doc1", 9);

            assertThat(concludedBy(RULE, BRIGADE, loyal, brokeAway)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(conflict(RULE, "Blood Signatories is said to be loyal to AQIM (doc1), but the brigade"
                            + " broke away from it (doc1).",
                            loyal, new Identity("signed-in-blood", "signed-in-blood"), brokeAway));
        }

        @Test
        void breakingAwayFromAnotherGroupIsNoConflict() {
            assertThat(rulesFiredOn(BRIGADE, AFFILIATED,
                    affiliation("a2", "signed-in-blood", BROKE_AWAY_FROM, "gia").in("doc2", 1).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void anotherGroupBreakingAwayIsNoConflict() {
            assertThat(rulesFiredOn(BRIGADE, actor("masked-brigade", ARMED_GROUP).build(), AFFILIATED,
                    affiliation("a2", "masked-brigade", BROKE_AWAY_FROM, "aqim").in("doc2", 1).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void aMembershipReadsAsAMemberInTheExplanation() {
            AffiliationClaim member = affiliation("a1", "signed-in-blood", MEMBER_OF, "aqim").holderNamed("the battalion")
                    .targetNamed("AQIM").in("doc1", 2).build();
            AffiliationClaim brokeAway = brokeAwayFromAqim("a2", "signed-in-blood", "the battalion", "doc1", 4);

            assertThat(concludedBy(RULE, BRIGADE, member, brokeAway)).extracting(Derivation::conclusion)
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(
                            inconsistency(AFFILIATION_CONFLICT, MEDIUM, "the battalion is said to be a member of"
                                    + " AQIM (doc1), but the battalion broke away from it (doc1)."));
        }

        @Test
        void theHostageTakersSaidToBeLoyalToAGroupTheyBrokeAwayFromIsAConflict() {
            AffiliationClaim loyal = affiliation("a1", "unnamed-perpetrators", LOYAL_TO, "aqim")
                    .holderNamed("the hostage-takers").targetNamed("AQIM").in("doc1", 3).build();
            AffiliationClaim brokeAway = brokeAwayFromAqim("a2", "unnamed-perpetrators", "the kidnappers", "doc2", 8);

            assertThat(concludedBy(RULE, loyal, brokeAway)).extracting(Derivation::conclusion)
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(
                            inconsistency(AFFILIATION_CONFLICT, MEDIUM, "the hostage-takers is said to be loyal to"
                                    + " AQIM (doc1), but the kidnappers broke away from it (doc2)."));
        }
    }

    @Nested
    class AffiliationConflictThroughLeader {
        private static final String RULE = "affiliation-conflict-through-leader";
        private final AffiliationClaim ledBy = affiliation("a2", "signed-in-blood", LED_BY, "mokhtar-belmokhtar")
                .holderNamed("the brigade").targetNamed("Mokhtar Belmokhtar").in("doc1", 6).build();

        @Test
        void aGroupSaidToBelongToAGroupItsLeaderBrokeAwayFromIsAConflict() {
            AffiliationClaim brokeAway = brokeAwayFromAqim("a3", "mokhtar-belmokhtar", "Mokhtar Belmokhtar", "doc2", 2);

            assertThat(concludedBy(RULE, BRIGADE, AFFILIATED, ledBy, brokeAway))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(conflict(RULE, "Blood Signatories is said to be affiliated to"
                            + " al-Qaeda in the Islamic Maghreb (doc1), but Mokhtar Belmokhtar broke away from it"
                            + " (doc2), and the brigade is said to be led by Mokhtar Belmokhtar (doc1).",
                            AFFILIATED, new Identity("signed-in-blood", "signed-in-blood"), ledBy, brokeAway));
        }

        @Test
        void aGroupLoyalToALeaderWhoBrokeAwayIsAConflict() {
            AffiliationClaim affiliated = affiliation("a1", "signed-in-blood", AFFILIATED_TO, "aqim")
                    .holderNamed("the battalion").targetNamed("AQIM").in("doc1", 2).build();
            AffiliationClaim loyal = affiliation("a2", "signed-in-blood", LOYAL_TO, "mokhtar-belmokhtar")
                    .holderNamed("the battalion").in("doc1", 3).build();
            AffiliationClaim brokeAway = brokeAwayFromAqim("a3", "mokhtar-belmokhtar", "Belmokhtar", "doc1", 4);

            assertThat(concludedBy(RULE, BRIGADE, affiliated, loyal, brokeAway))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(conflict(RULE, "the battalion is said to be affiliated to"
                            + " AQIM (doc1), but Belmokhtar broke away from it (doc1), and the battalion is said to"
                            + " be loyal to mokhtar-belmokhtar (doc1).",
                            affiliated, new Identity("signed-in-blood", "signed-in-blood"), loyal, brokeAway));
        }

        @Test
        void aLeaderWhoBrokeAwayFromAnotherGroupIsNoConflict() {
            assertThat(rulesFiredOn(BRIGADE, AFFILIATED, ledBy,
                    affiliation("a3", "mokhtar-belmokhtar", BROKE_AWAY_FROM, "gia").in("doc2", 2).build()))
                    .doesNotContain(RULE);
        }

        @Test
        void someoneWhoBrokeAwayButDoesNotLeadTheGroupIsNoConflict() {
            assertThat(rulesFiredOn(BRIGADE, AFFILIATED, ledBy,
                    affiliation("a3", "abou-zeid", BROKE_AWAY_FROM, "aqim").in("doc2", 2).build()))
                    .doesNotContain(RULE);
        }
    }
}
