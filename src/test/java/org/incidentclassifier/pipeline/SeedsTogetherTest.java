package org.incidentclassifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the reasoning issue requires of both seeds classified together, asserted field by field. */
class SeedsTogetherTest {
    private static Verdict.IncidentEntry incident;

    @BeforeAll
    static void classifyBothSeeds() {
        Verdict verdict = SharedPipeline.get().classify(new Ingest().read(List.of("seeds"), null));
        assertThat(verdict.incidents()).hasSize(1);
        assertThat(verdict.documents()).extracting(Verdict.DocumentEntry::incident).containsExactly("incident-25bf526c7e8e", "incident-25bf526c7e8e");
        incident = verdict.incidents().get(0);
    }

    private static Verdict.ActorEntry actor(String id) {
        return incident.actors().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + id));
    }

    private static Verdict.ClaimEntry claim(String document, String status, int value) {
        return incident.claims().stream().filter(c -> c.document().startsWith(document) && c.status().equals(status)
                && Integer.valueOf(value).equals(c.value())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + status + " " + value + " claim in " + document));
    }

    private static Verdict.InconsistencyEntry inconsistency(String rule, String... claims) {
        return incident.inconsistencies().stream()
                .filter(i -> i.rule().equals(rule) && i.claims().containsAll(List.of(claims))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " over " + List.of(claims)));
    }

    @Test
    void oneIncidentOfBothReportsJoinedByAGroupingRule() {
        assertThat(incident.documents()).containsExactly("000_802d9e333d9d6a38", "002_19eff492fa99377f");
        // both are about In Amenas and its gas plant, and both name Mokhtar Belmokhtar
        assertThat(incident.joinedBy()).extracting(Verdict.JoinEntry::rule).containsExactly(
                "same-incident-same-place-and-facility", "same-incident-same-place-and-actor",
                "same-incident-same-country-facility-and-type");
    }

    @Test
    void barricadeHostageTakingFirstThenArmedAssaultAndSecurityForceOperation() {
        // the attack that killed two at the site is told in the first sentences; the army's strikes come later
        assertThat(incident.types()).extracting(Verdict.TypeEntry::type)
                .containsExactly("HOSTAGE_TAKING_BARRICADE", "ARMED_ASSAULT", "SECURITY_FORCE_OPERATION");
        assertThat(incident.targetTypes()).extracting(Verdict.TargetTypeEntry::type, Verdict.TargetTypeEntry::code)
                .contains(org.assertj.core.groups.Tuple.tuple("UTILITIES", 21));
    }

    @Test
    void thePerpetratorGroupCarriesItsAliasesItsLeaderAndAContestedAqimAffiliation() {
        Verdict.ActorEntry group = actor("signed-in-blood");

        assertThat(group.roles()).contains("PERPETRATOR");
        assertThat(group.aliases()).contains("Blood Signatories", "Signers in Blood", "Masked Brigade");
        assertThat(group.merged()).extracting(Verdict.MergeEntry::id, Verdict.MergeEntry::rule)
                .contains(org.assertj.core.groups.Tuple.tuple("masked-brigade", "same-actor-from-alias"));
        assertThat(group.affiliations()).extracting(Verdict.AffiliationEntry::relation, Verdict.AffiliationEntry::target,
                Verdict.AffiliationEntry::status).contains(
                org.assertj.core.groups.Tuple.tuple("AFFILIATED_TO", "aqim", "CONTESTED"),
                org.assertj.core.groups.Tuple.tuple("LOYAL_TO", "mokhtar-belmokhtar", "ASSERTED"));
        assertThat(actor("mokhtar-belmokhtar").roles()).contains("PERPETRATOR");
        assertThat(actor("aqim").roles()).doesNotContain("PERPETRATOR");
    }

    @Test
    void theArmyRespondsAndTheCompaniesOperateTheFacility() {
        assertThat(actor("algerian-army").roles()).contains("RESPONDER");
        assertThat(actor("bp").roles()).contains("FACILITY_OPERATOR");
        assertThat(actor("equinor").roles()).contains("FACILITY_OPERATOR");
        assertThat(actor("equinor").aliases()).contains("Statoil");
        assertThat(actor("sonatrach").roles()).contains("FACILITY_OPERATOR");
    }

    @Test
    void hostageNationalitiesCarryIsoCodes() {
        assertThat(incident.actors().stream().filter(a -> a.roles().contains("HOSTAGE")))
                .extracting(Verdict.ActorEntry::country)
                .contains("US", "BE", "JP", "GB", "FR", "IE", "DZ");
    }

    @Test
    void theMilitantsThirtyFiveKilledAgainstFifteenEscapedAndFortyOneHeld() {
        inconsistency("arithmetic-killed-and-released-exceed-held", claim("000", "HELD", 41).id(),
                claim("000", "KILLED", 35).id(), claim("000", "ESCAPED", 15).id());
    }

    @Test
    void theMilitantsOwnThirtyFiveKilledPlusSevenStillHeldExceedFortyOne() {
        Verdict.InconsistencyEntry i = inconsistency("arithmetic-killed-and-still-held-exceed-held",
                claim("000", "HELD", 41).id(), claim("000", "HELD", 7).id(), claim("000", "KILLED", 35).id());
        assertThat(i.explanation()).contains("make 42, more than the 41 hostages held");
    }

    @Test
    void acrossReportsTwentyFiveForeignersEscapedPlusThirtyFiveKilledExceedFortyOneForeignHostages() {
        Verdict.InconsistencyEntry i = inconsistency("arithmetic-killed-and-foreign-escapees-exceed-foreign-hostages",
                claim("002", "TAKEN", 41).id(), claim("000", "KILLED", 35).id(), claim("002", "ESCAPED", 55).id());
        assertThat(i.documents()).containsExactly("000_802d9e333d9d6a38", "002_19eff492fa99377f");
        assertThat(i.explanation()).contains("plus the 25 foreigners among 55 who escaped", "make 60");
    }

    @Test
    void theCaptivesStatementsAboutTheirTreatmentMayBeCoerced() {
        assertThat(incident.inconsistencies().stream().filter(i -> i.kind().equals("COERCED_STATEMENT")))
                .extracting(Verdict.InconsistencyEntry::documents)
                .containsExactly(List.of("000_802d9e333d9d6a38"), List.of("002_19eff492fa99377f"));
    }

    @Test
    void theAffiliationConflictIsReportedAcrossTheReports() {
        assertThat(incident.inconsistencies().stream().filter(i -> i.kind().equals("AFFILIATION_CONFLICT")))
                .allMatch(i -> i.documents().equals(List.of("000_802d9e333d9d6a38", "002_19eff492fa99377f")))
                .isNotEmpty();
    }
}
