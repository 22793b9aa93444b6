package org.incidentclassifier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Joining lines broken inside sentences; keeping headlines, bylines and paragraphs. */
class LineBreakRepairTest {

    private final Ingest ingest = new Ingest();

    @Test
    void lineBrokenBeforeALowercaseWordIsJoined() {
        InputDocument doc = ingest.fromText("t", "to kill the hostages if the army\nintervened.");

        assertThat(doc.text()).isEqualTo("to kill the hostages if the army intervened.");
        assertThat(doc.repairs()).containsExactly(new Repair(RepairKind.BROKEN_LINE, 32, 33, "\n", " "));
    }

    @Test
    void lineBrokenBeforeANumberAfterALowercaseWordIsJoined() {
        InputDocument doc = ingest.fromText("t", "The militants killed\n35 hostages, then,\n15 more.");

        assertThat(doc.text()).isEqualTo("The militants killed 35 hostages, then, 15 more.");
    }

    @Test
    void joinSwallowsSpacesAroundTheBreak() {
        InputDocument doc = ingest.fromText("t", "held by  \n   gunmen");

        assertThat(doc.text()).isEqualTo("held by gunmen");
        assertThat(doc.repairs()).containsExactly(new Repair(RepairKind.BROKEN_LINE, 7, 13, "  \n   ", " "));
    }

    @Test
    void windowsBrokenLineIsOneBrokenLineRepair() {
        InputDocument doc = ingest.fromText("t", "the army\r\nintervened.\r\nNext line.");

        assertThat(doc.text()).isEqualTo("the army intervened.\nNext line.");
        assertThat(doc.repairs()).containsExactly(
                new Repair(RepairKind.BROKEN_LINE, 8, 10, "\r\n", " "),
                new Repair(RepairKind.WHITESPACE, 21, 23, "\r\n", "\n"));
    }

    @Test
    void loneCarriageReturnsBecomeLineFeeds() {
        InputDocument doc = ingest.fromText("t", "Title\rBody.");

        assertThat(doc.text()).isEqualTo("Title\nBody.");
        assertThat(doc.repairs()).containsExactly(new Repair(RepairKind.WHITESPACE, 5, 6, "\r", "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Armed men storm city theatre, take dozens hostage\nBy A. Reporter The Wire Service",
        "Page One\n2002-10-24 edition",
        "The hostages were freed.\nthey said nothing.",
        "He asked: \"Who?\"\nthe crowd was silent.",
        "It ended.”\nlater, more came.",
        "The siege ended;\nofficials said.",
        "First paragraph without a stop\n\nsecond paragraph.",
        "Pinterest\nFootage shows moment shooting starts",
        "Headline\n\"Quoted lead\" said someone",
    })
    void linesThatEndSentencesOrStartCapitalisedAreKept(String text) {
        InputDocument doc = ingest.fromText("t", text);

        assertThat(doc.text()).isEqualTo(text);
        assertThat(doc.repairs()).isEmpty();
    }

    @Test
    void closingBracketDoesNotEndASentence() {
        assertThat(ingest.fromText("t", "affiliated to al-Qaeda (AQIM)\nearlier claimed").text())
                .isEqualTo("affiliated to al-Qaeda (AQIM) earlier claimed");
    }

    @Test
    void everyBrokenLineOfAParagraphIsJoined() {
        InputDocument doc = ingest.fromText("t", "one\ntwo\nthree\n\nFour\nfive.");

        assertThat(doc.text()).isEqualTo("one two three\n\nFour five.");
        OffsetInvariant.check(doc);
    }
}
