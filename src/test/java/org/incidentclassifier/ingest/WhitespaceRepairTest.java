package org.incidentclassifier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spaces are tidied; line structure is not touched. */
class WhitespaceRepairTest {

    private final Ingest ingest = new Ingest();

    @Test
    void trailingSpacesAndTabsAreRemoved() {
        InputDocument doc = ingest.fromText("t", "Headline \t\nBody.  ");

        assertThat(doc.text()).isEqualTo("Headline\nBody.");
        assertThat(doc.repairs()).containsExactly(
                new Repair(RepairKind.WHITESPACE, 8, 10, " \t", ""),
                new Repair(RepairKind.WHITESPACE, 16, 18, "  ", ""));
    }

    @Test
    void runsOfSpacesInsideALineCollapse() {
        InputDocument doc = ingest.fromText("t", "Algiers (AsiaNews)  - As the dust");

        assertThat(doc.text()).isEqualTo("Algiers (AsiaNews) - As the dust");
        assertThat(doc.repairs()).containsExactly(new Repair(RepairKind.WHITESPACE, 18, 20, "  ", " "));
    }

    @Test
    void noBreakSpacesBecomePlainSpaces() {
        InputDocument doc = ingest.fromText("t", "MOSCOW\u00A0\u2014 About 50");

        assertThat(doc.text()).isEqualTo("MOSCOW — About 50");
        assertThat(doc.repairs()).containsExactly(new Repair(RepairKind.WHITESPACE, 6, 7, "\u00A0", " "));
    }

    @Test
    void leadingSpacesOfTheTextAreRemoved() {
        InputDocument doc = ingest.fromText("t", "  date 2020-10-06\n  Indented line");

        assertThat(doc.text()).isEqualTo("date 2020-10-06\n Indented line");
        assertThat(doc.repairs()).containsExactly(
                new Repair(RepairKind.WHITESPACE, 0, 2, "  ", ""),
                new Repair(RepairKind.WHITESPACE, 18, 20, "  ", " "));
    }

    @Test
    void blankLinesAndTabsInsideALineAreKept() {
        String text = "Name\tCount\n\n\nKilled\t35";

        assertThat(ingest.fromText("t", text).text()).isEqualTo(text);
    }

    @Test
    void whitespaceOnlyLinesBecomeEmptyLines() {
        InputDocument doc = ingest.fromText("t", "One.\n   \nTwo.");

        assertThat(doc.text()).isEqualTo("One.\n\nTwo.");
        assertThat(doc.repairs()).containsExactly(new Repair(RepairKind.WHITESPACE, 5, 8, "   ", ""));
    }

    @Test
    void spanAfterDeletedSpacesMapsPastThem() {
        InputDocument doc = ingest.fromText("t", "  Four  freed");

        assertThat(doc.text()).isEqualTo("Four freed");
        assertThat(doc.offsets().toOriginalStart(0)).isEqualTo(2);
        assertThat(doc.offsets().toOriginalEnd(4)).isEqualTo(6);
        assertThat(doc.offsets().toOriginalStart(5)).isEqualTo(8);
        assertThat(doc.offsets().toOriginalEnd(10)).isEqualTo(13);
        OffsetInvariant.check(doc);
    }
}
