package org.incidentclassifier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Characters nobody sees are removed as INVISIBLE repairs, with their original offsets. */
class InvisibleCharacterRepairTest {

    private final Ingest ingest = new Ingest();

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            Twelve\u200B hostages were freed.            | Twelve hostages were freed.  | zero-width space
            kid\u00ADnapped near the border.              | kidnapped near the border.   | soft hyphen
            The con\u200Cvoy was hit.                     | The convoy was hit.          | zero-width non-joiner
            Four\u2060men escaped.                        | Fourmen escaped.             | word joiner glues, as it says
            Three \uFEFFguards were hurt.                 | Three guards were hurt.      | stray byte-order mark
            Two\u0007 officers died.                      | Two officers died.           | bell
            Six\u0085 passengers were held.               | Six passengers were held.    | C1 control after mojibake repair
            """)
    void invisibleCharactersAreRemoved(String input, String expected, String what) {
        InputDocument doc = ingest.fromText("t", input.strip());

        assertThat(doc.text()).isEqualTo(expected.strip());
        assertThat(doc.repairs()).extracting(Repair::kind).containsOnly(RepairKind.INVISIBLE);
    }

    @Test
    void terminalColourEscapesAreRemovedWhole() {
        InputDocument doc = ingest.fromText("t", "\u001B[0m\u001B[1;31mGunmen\u001B[0m stormed the depot.");

        assertThat(doc.text()).isEqualTo("Gunmen stormed the depot.");
        assertThat(doc.repairs()).containsExactly(
                new Repair(RepairKind.INVISIBLE, 0, 11, "\u001B[0m\u001B[1;31m", ""),
                new Repair(RepairKind.INVISIBLE, 17, 21, "\u001B[0m", ""));
    }

    @Test
    void tabsAndLineBreaksAreKept() {
        String text = "Name\tCount\n\nKilled\t35";

        assertThat(ingest.fromText("t", text).repairs()).isEmpty();
    }

    @Test
    void aLongRunOfControlsIsOneRepairInLinearTime() {
        String text = "Before" + "\u0001".repeat(200_000) + " after.";

        InputDocument doc = ingest.fromText("t", text);

        assertThat(doc.text()).isEqualTo("Before after.");
        assertThat(doc.repairs()).containsExactly(
                new Repair(RepairKind.INVISIBLE, 6, 200_006, "\u0001".repeat(200_000), ""));
    }
}
