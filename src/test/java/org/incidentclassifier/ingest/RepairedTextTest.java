package org.incidentclassifier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Composing the edits of successive stages into repairs in original offsets. */
class RepairedTextTest {

    @Test
    void editsOfOneStageBecomeRepairs() {
        RepairedText text = RepairedText.unrepaired("a  b\r\nc").apply(List.of(
                new Edit(1, 3, " ", RepairKind.WHITESPACE),
                new Edit(4, 6, "\n", RepairKind.WHITESPACE)));

        assertThat(text.text()).isEqualTo("a b\nc");
        assertThat(text.repairs()).containsExactly(
                new Repair(RepairKind.WHITESPACE, 1, 3, "  ", " "),
                new Repair(RepairKind.WHITESPACE, 4, 6, "\r\n", "\n"));
    }

    @Test
    void laterStagesUseOriginalOffsets() {
        RepairedText text = RepairedText.unrepaired("Ã©t  é")
                .apply(List.of(new Edit(0, 2, "é", RepairKind.MOJIBAKE)))
                .apply(List.of(new Edit(2, 4, " ", RepairKind.WHITESPACE)));

        assertThat(text.text()).isEqualTo("ét é");
        assertThat(text.repairs()).containsExactly(
                new Repair(RepairKind.MOJIBAKE, 0, 2, "Ã©", "é"),
                new Repair(RepairKind.WHITESPACE, 3, 5, "  ", " "));
    }

    @Test
    void editOfAnEarlierReplacementMergesIntoOneRepairOfTheEarlierKind() {
        RepairedText text = RepairedText.unrepaired("xÂ\u00A0y")
                .apply(List.of(new Edit(1, 3, "\u00A0", RepairKind.MOJIBAKE)))
                .apply(List.of(new Edit(1, 2, " ", RepairKind.WHITESPACE)));

        assertThat(text.text()).isEqualTo("x y");
        assertThat(text.repairs()).containsExactly(new Repair(RepairKind.MOJIBAKE, 1, 3, "Â\u00A0", " "));
    }

    @Test
    void editPartlyOverAnEarlierReplacementTakesInItsWholeRegion() {
        // "ab" -> "a--" (first stage); then the second stage replaces "-b"... of "a--" only "--".
        RepairedText text = RepairedText.unrepaired("ab cd")
                .apply(List.of(new Edit(1, 2, "--", RepairKind.MOJIBAKE)))
                .apply(List.of(new Edit(2, 4, "+", RepairKind.WHITESPACE)));

        assertThat(text.text()).isEqualTo("a-+cd");
        assertThat(text.repairs()).containsExactly(new Repair(RepairKind.MOJIBAKE, 1, 3, "b ", "-+"));
    }

    @Test
    void editThatUndoesAnEarlierRepairLeavesNoRepair() {
        RepairedText text = RepairedText.unrepaired("a b")
                .apply(List.of(new Edit(1, 2, "\u00A0", RepairKind.WHITESPACE)))
                .apply(List.of(new Edit(1, 2, " ", RepairKind.WHITESPACE)));

        assertThat(text.text()).isEqualTo("a b");
        assertThat(text.repairs()).isEmpty();
        assertThat(text.offsets()).isEqualTo(OffsetMap.identity(3));
    }

    @Test
    void overlappingEditsAreAProgrammingError() {
        RepairedText text = RepairedText.unrepaired("abcdef");

        assertThatThrownBy(() -> text.apply(List.of(
                new Edit(0, 3, "x", RepairKind.WHITESPACE),
                new Edit(2, 4, "y", RepairKind.WHITESPACE))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("edits overlap or exceed the text: Edit[start=2, end=4, replacement=y, kind=WHITESPACE]");
    }

    @Test
    void emptyEditIsRejected() {
        assertThatThrownBy(() -> new Edit(3, 3, "x", RepairKind.WHITESPACE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an edit must replace a non-empty span, got [3, 3)");
    }

    @Test
    void repairQuotingTheWrongLengthIsRejected() {
        assertThatThrownBy(() -> new Repair(RepairKind.WHITESPACE, 0, 2, "x", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("original \"x\" has length 1 but the span [0, 2) has 2");
    }
}
