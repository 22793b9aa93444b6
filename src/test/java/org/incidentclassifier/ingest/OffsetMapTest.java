package org.incidentclassifier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The offset map on hand-built repairs. */
class OffsetMapTest {

    @Test
    void identityMapsEveryOffsetToItself() {
        OffsetMap map = OffsetMap.identity(4);

        for (int p = 0; p <= 4; p++) {
            assertThat(map.toOriginalStart(p)).isEqualTo(p);
            assertThat(map.toOriginalEnd(p)).isEqualTo(p);
        }
        assertThat(map.originalLength()).isEqualTo(4);
        assertThat(map.repairedLength()).isEqualTo(4);
    }

    @Test
    void replacementMapsToItsWholeOriginalRegion() {
        // "donâ€™t" -> "don’t": original [3,6) became repaired [3,4).
        OffsetMap map = OffsetMap.fromRepairs(7, List.of(new Repair(RepairKind.MOJIBAKE, 3, 6, "â€™", "’")));

        assertThat(map.repairedLength()).isEqualTo(5);
        assertThat(map.toOriginalStart(0)).isEqualTo(0);
        assertThat(map.toOriginalEnd(3)).isEqualTo(3);
        assertThat(map.toOriginalStart(3)).isEqualTo(3);
        assertThat(map.toOriginalEnd(4)).isEqualTo(6);
        assertThat(map.toOriginalStart(4)).isEqualTo(6);
        assertThat(map.toOriginalEnd(5)).isEqualTo(7);
    }

    @Test
    void multiCharacterReplacementMapsInnerOffsetsToTheRegion() {
        // "a\nb" -> "a -- b" is not something ingest does, but the map must hold for any replacement.
        OffsetMap map = OffsetMap.fromRepairs(3, List.of(new Repair(RepairKind.BROKEN_LINE, 1, 2, "\n", " -- ")));

        assertThat(map.toOriginalStart(2)).isEqualTo(1);
        assertThat(map.toOriginalEnd(3)).isEqualTo(2);
        assertThat(map.toOriginalStart(5)).isEqualTo(2);
    }

    @Test
    void deletionsAreSkippedOnBothSides() {
        // "  ab  \ncd" -> "ab\ncd"
        OffsetMap map = OffsetMap.fromRepairs(9, List.of(
                new Repair(RepairKind.WHITESPACE, 0, 2, "  ", ""),
                new Repair(RepairKind.WHITESPACE, 4, 6, "  ", "")));

        assertThat(map.toOriginalStart(0)).isEqualTo(2);
        assertThat(map.toOriginalEnd(2)).isEqualTo(4);
        assertThat(map.toOriginalStart(2)).isEqualTo(6);
        assertThat(map.toOriginalEnd(5)).isEqualTo(9);
    }

    @Test
    void emptySpansAtTheEdgesMapToEmptySpans() {
        OffsetMap map = OffsetMap.fromRepairs(6, List.of(
                new Repair(RepairKind.WHITESPACE, 0, 1, " ", ""),
                new Repair(RepairKind.WHITESPACE, 4, 6, "  ", "")));

        assertThat(map.toOriginalStart(0)).isEqualTo(1);
        assertThat(map.toOriginalEnd(0)).isEqualTo(1);
        assertThat(map.toOriginalStart(3)).isEqualTo(4);
        assertThat(map.toOriginalEnd(3)).isEqualTo(4);
    }

    @Test
    void encodingMarkerDoesNotShiftOffsets() {
        OffsetMap map = OffsetMap.fromRepairs(4, List.of(Repair.encoding("windows-1252")));

        assertThat(map).isEqualTo(OffsetMap.identity(4));
    }

    @Test
    void emptyTextMapsZeroToZero() {
        OffsetMap map = OffsetMap.identity(0);

        assertThat(map.toOriginalStart(0)).isEqualTo(0);
        assertThat(map.toOriginalEnd(0)).isEqualTo(0);
    }

    @Test
    void offsetsOutsideTheTextAreRejectedWithTheValues() {
        OffsetMap map = OffsetMap.identity(3);

        assertThatThrownBy(() -> map.toOriginalStart(4)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("offset 4 is outside the repaired text [0, 3]");
        assertThatThrownBy(() -> map.toOriginalEnd(-1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("offset -1 is outside the repaired text [0, 3]");
    }

    @Test
    void overlappingRepairsAreRejected() {
        assertThatThrownBy(() -> OffsetMap.fromRepairs(5, List.of(
                new Repair(RepairKind.WHITESPACE, 0, 3, "   ", ""),
                new Repair(RepairKind.WHITESPACE, 2, 4, "  ", " "))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("repairs overlap or exceed the text: Repair[kind=WHITESPACE, start=2, end=4, "
                        + "original=  , replacement= ]");
    }

    @Test
    void describesItsSegments() {
        OffsetMap map = OffsetMap.fromRepairs(7, List.of(new Repair(RepairKind.MOJIBAKE, 3, 6, "â€™", "’")));

        assertThat(map).hasToString("OffsetMap[original=7, repaired=5, segments=0=[0,3) 3~[3,6) 4=[6,7)]");
    }

    @Test
    void negativeIdentityLengthIsRejected() {
        assertThatThrownBy(() -> OffsetMap.identity(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("length must be >= 0, got -1");
    }
}
