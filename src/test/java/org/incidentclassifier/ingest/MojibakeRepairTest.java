package org.incidentclassifier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Mojibake, full and truncated, and the legitimate text that must be left alone. */
class MojibakeRepairTest {

    private final Ingest ingest = new Ingest();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "donâ€™t|don’t",
        "â€œQuoteâ€\u009d|“Quote”",
        "theyâ€˜re|they‘re",
        "war â€” peace|war — peace",
        "1990â€“2000|1990–2000",
        "waitâ€¦|wait…",
        "cafÃ©|café",
        "ZÃ¼rich|Zürich",
        "naÃ¯ve|naïve",
        "Ã‰cole|École",
        "Â£5|£5",
        "â‚¬10|€10",
        "Nokiaâ„¢|Nokia™",
        "smile ðŸ˜€|smile 😀",
        "ÐœÐ¾Ñ\u0081ÐºÐ²Ð°|Москва",
        "ï»¿Start|Start",
    })
    void fullFormsAreDecoded(String damaged, String repaired) {
        assertThat(ingest.fromText("t", damaged).text()).isEqualTo(repaired);
    }

    @Test
    void eachDecodedStretchIsOneRepair() {
        InputDocument doc = ingest.fromText("t", "â€œcafÃ©â€\u009d, Ã©Ã©");

        assertThat(doc.text()).isEqualTo("“café”, éé");
        assertThat(doc.repairs()).containsExactly(
                new Repair(RepairKind.MOJIBAKE, 0, 3, "â€œ", "“"),
                new Repair(RepairKind.MOJIBAKE, 6, 11, "Ã©â€\u009d", "é”"),
                new Repair(RepairKind.MOJIBAKE, 13, 17, "Ã©Ã©", "éé"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Zürich", "café", "naïve", "Ismaïl", "pâté", "São Paulo", "Ñandú", "ÉCOLE", "Dvořák", "Øresund",
        "Straße—Fuß", "CAFÉ’S", "BJÖRK’S", "«ÜBER»", "Ü»", "“ADIÓS”", "a Japanese and a Briton.",
        "Algérie Presse Service", "Ismaïl «Abu» al-Baraa", "Â", "â", "Ã", "âx",
    })
    void legitimateAccentsAreUntouched(String text) {
        InputDocument doc = ingest.fromText("t", text);

        assertThat(doc.text()).isEqualTo(text);
        assertThat(doc.repairs()).isEmpty();
    }

    @Test
    void frenchNoBreakSpaceBeforeGuillemetIsOnlyWhitespace() {
        InputDocument doc = ingest.fromText("t", "« le café\u00A0»");

        assertThat(doc.text()).isEqualTo("« le café »");
        assertThat(doc.repairs()).containsExactly(new Repair(RepairKind.WHITESPACE, 9, 10, "\u00A0", " "));
    }

    @Test
    void mojibakeNoBreakSpaceBecomesOnePlainSpaceInOneRepair() {
        InputDocument doc = ingest.fromText("t", "costs\u00C2\u00A0£5");

        assertThat(doc.text()).isEqualTo("costs £5");
        assertThat(doc.repairs()).containsExactly(new Repair(RepairKind.MOJIBAKE, 5, 7, "Â\u00A0", " "));
    }

    @Test
    void loneCircumflexBetweenSpacesIsAnEmDash() {
        InputDocument doc = ingest.fromText("t", "Fifty-five hostages â 30 Algerians");

        assertThat(doc.text()).isEqualTo("Fifty-five hostages — 30 Algerians");
        assertThat(doc.repairs()).containsExactly(new Repair(RepairKind.MOJIBAKE, 20, 21, "â", "—"));
    }

    @Test
    void loneCircumflexAfterALetterIsAnEmDash() {
        assertThat(ingest.fromText("t", "the same timeâ they went").text()).isEqualTo("the same time— they went");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "withdraw â¦ We|withdraw … We",
        "point â¢ list|point • list",
        "100â° rise|100‰ rise",
        "he said â€ and left|he said ” and left",
        "costsÂ 5|costs 5",
        "end.Â Next|end. Next",
    })
    void truncatedFormsAreRepaired(String damaged, String repaired) {
        assertThat(ingest.fromText("t", damaged).text()).isEqualTo(repaired);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pâté", "âge", "château", "GRÂ CE", "(â)"})
    void circumflexInsideWordsOrWithoutSpaceIsKept(String text) {
        InputDocument doc = ingest.fromText("t", text);

        assertThat(doc.text()).isEqualTo(text);
        assertThat(doc.repairs()).isEmpty();
    }

    @Test
    void repairsMapBackToTheirMojibake() {
        InputDocument doc = ingest.fromText("t", "He said â€œnoâ€\u009d.");

        assertThat(doc.text()).isEqualTo("He said “no”.");
        int no = doc.text().indexOf("no");
        assertThat(doc.offsets().toOriginalStart(no)).isEqualTo(11);
        assertThat(doc.offsets().toOriginalStart(no - 1)).isEqualTo(8);
        assertThat(doc.offsets().toOriginalEnd(no + 3)).isEqualTo(16);
        assertThat(doc.originalText().substring(doc.offsets().toOriginalStart(8), doc.offsets().toOriginalEnd(12)))
                .isEqualTo("â€œnoâ€\u009d");
        OffsetInvariant.check(doc);
    }

    @Test
    void unchangedTextHasIdentityMap() {
        InputDocument doc = ingest.fromText("t", "Zürich");

        assertThat(doc.offsets()).isEqualTo(OffsetMap.identity(6));
        assertThat(doc.repairs()).isEqualTo(List.of());
    }
}
