package org.incidentclassifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** What the end-to-end issue requires of each seed classified alone, asserted field by field. */
class SeedClassificationTest {
    private static final String SEED_000 = "seeds/000_802d9e333d9d6a38.txt";
    private static final String SEED_002 = "seeds/002_19eff492fa99377f.txt";

    private static Verdict.IncidentEntry classifyAlone(String path) {
        Verdict verdict = SharedPipeline.get().classify(new Ingest().read(List.of(path), null));
        assertThat(verdict.incidents()).hasSize(1);
        return verdict.incidents().get(0);
    }

    private static Verdict.ClaimEntry claim(Verdict.IncidentEntry incident, String status, int value) {
        return incident.claims().stream().filter(c -> c.status().equals(status) && Integer.valueOf(value).equals(c.value()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + status + " " + value + " claim"));
    }

    @Test
    void seed000IsABarricadeHostageTakingWithASecurityForceOperation() {
        Verdict.IncidentEntry incident = classifyAlone(SEED_000);

        assertThat(incident.types()).extracting(Verdict.TypeEntry::type).startsWith("HOSTAGE_TAKING_BARRICADE")
                .contains("SECURITY_FORCE_OPERATION", "ARMED_ASSAULT");
        assertThat(incident.location()).isEqualTo(new Verdict.Location("In Amenas", "DZ"));
    }

    @Test
    void seed000MilitantsClaimOf35KilledIsAnUnconfirmedPerpetratorClaim() {
        Verdict.ClaimEntry killed = claim(classifyAlone(SEED_000), "KILLED", 35);

        assertThat(killed.subject()).isEqualTo("HOSTAGES");
        assertThat(killed.source()).isEqualTo(new Verdict.SourceEntry("militants", "PERPETRATOR",
                "Agence Nouakchott d'Information"));
        assertThat(killed.stance()).isEqualTo("UNCONFIRMED");
        assertThat(killed.evidence().get(0).text()).isEqualTo("35 hostages and 15 captors were killed");
    }

    @Test
    void seed000FiguresHeldAndEscaped() {
        Verdict.IncidentEntry incident = classifyAlone(SEED_000);
        Verdict.ClaimEntry held = claim(incident, "HELD", 41);
        Verdict.ClaimEntry escaped = claim(incident, "ESCAPED", 15);

        assertThat(held.subject()).isEqualTo("HOSTAGES");
        assertThat(held.source().kind()).isEqualTo("PERPETRATOR");
        assertThat(held.stance()).isEqualTo("CLAIMED");
        assertThat(escaped.subject()).isEqualTo("FOREIGN_HOSTAGES");
        assertThat(escaped.source()).isEqualTo(new Verdict.SourceEntry("Ennahar television", "INDEPENDENT_MEDIA", null));
    }

    @Test
    void seed000KilledPlusEscapedExceedingHeldIsAnArithmeticInconsistency() {
        Verdict.IncidentEntry incident = classifyAlone(SEED_000);
        String held = claim(incident, "HELD", 41).id();
        String killed = claim(incident, "KILLED", 35).id();
        String escaped = claim(incident, "ESCAPED", 15).id();

        Verdict.InconsistencyEntry arithmetic = incident.inconsistencies().stream()
                .filter(i -> i.rule().equals("arithmetic-killed-and-released-exceed-held")).findFirst().orElseThrow();
        assertThat(arithmetic.kind()).isEqualTo("ARITHMETIC");
        assertThat(arithmetic.claims()).containsExactly(held, killed, escaped);
        // the 35 is the militants' unconfirmed claim (credibility 5): the disagreement it rests on weighs less
        assertThat(arithmetic.severity()).isEqualTo("LOW");
        assertThat(arithmetic.explanation()).isEqualTo("35 hostages killed (according to militants) plus 15 foreign"
                + " hostages escaped (according to Ennahar television) make 50, more than the 41 hostages held"
                + " (according to \"Blood Signatories\" brigade).");
    }

    @Test
    void theIrishmansAgeIsNotACountNorIsHisArticleANumber() {
        Verdict.IncidentEntry incident = classifyAlone(SEED_000);

        // "a 36-year-old Irishman had been freed": 36 is his age, and "a" is no written number: one freed
        // hostage for the rules, but no figure (the gold counts only numbers the text writes)
        assertThat(incident.claims()).noneMatch(c -> Integer.valueOf(36).equals(c.value()));
        Verdict.ClaimEntry irishman = incident.claims().stream()
                .filter(c -> c.evidence().get(0).text().contains("Irishman")).findFirst().orElseThrow();
        assertThat(irishman.value()).isNull();
        assertThat(irishman.min()).isEqualTo(1);
        assertThat(irishman.max()).isEqualTo(1);
        assertThat(irishman.status()).isEqualTo("FREED");
        assertThat(irishman.breakdown()).containsExactly(new Verdict.BreakdownEntry("IE", 1));
    }

    @Test
    void seed002IsRepairedAndFiftyFiveHostagesEscaped() {
        InputDocument doc = (InputDocument) new Ingest().read(List.of(SEED_002), null).get(0);
        assertThat(doc.text()).doesNotContain("\u00e2")
                .contains("Fifty-five hostages \u2014 30 Algerians and 25 foreigners \u2014 are reported");

        Verdict.ClaimEntry escaped = claim(classifyAlone(SEED_002), "ESCAPED", 55);
        assertThat(escaped.subject()).isEqualTo("HOSTAGES");
        assertThat(escaped.breakdown()).containsExactly(new Verdict.BreakdownEntry("DZ", 30),
                new Verdict.BreakdownEntry("FOREIGN", 25));
        // evidence quotes the repaired words; its offsets and its original text are the file's, mojibake and all
        org.incidentclassifier.facts.Evidence quote = escaped.evidence().get(0);
        assertThat(quote.start()).isEqualTo(0);
        assertThat(quote.end()).isEqualTo(83);
        assertThat(quote.text()).isEqualTo("Fifty-five hostages \u2014 30 Algerians and 25 foreigners \u2014 are reported to have escaped");
        assertThat(quote.original()).isEqualTo(doc.originalText().substring(0, 83))
                .startsWith("Fifty-five hostages \u00e2");
    }
}
