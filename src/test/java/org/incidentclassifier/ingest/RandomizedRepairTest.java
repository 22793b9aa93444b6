package org.incidentclassifier.ingest;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Texts assembled at random from the pieces real input is made of (mojibake, broken lines, odd
 * spaces, legitimate accents) must always keep the offset contract. Seeds are fixed, so a failure
 * names a reproducible case.
 */
class RandomizedRepairTest {

    private static final List<String> PIECES = List.of(
            "hostages", "Army", "the", "35", "Zürich", "café", "pâté", "Ismaïl", " ", " ", " ", "  ",
            "\t", "\u00A0", "\n", "\n", "\n\n", "\r\n", "\r", ".", ",", ":", "\"", "”", "â€™", "â€œ",
            "â€\u009d", "â€”", "Ã©", "Â\u00A0", "Â ", "â", " â ", "â¦", "â€", "ðŸ˜€", "ï»¿", "Ã", "—");

    private final Ingest ingest = new Ingest();

    @Test
    void randomTextsKeepTheOffsetContract() {
        for (int seed = 0; seed < 400; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            OffsetInvariant.check(ingest.fromText("seed-" + seed, text.toString()));
        }
    }
}
