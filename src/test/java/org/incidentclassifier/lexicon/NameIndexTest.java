package org.incidentclassifier.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text -> the names found in it (alias as written, value), the longest where they overlap, at word boundaries only. */
class NameIndexTest {
    private static final NameIndex<String> NAMES = new NameIndex<String>();

    static {
        NAMES.add("al-Qaida", "al-qaida");
        NAMES.add("al-Qaida in the Maghreb", "aqim");
        NAMES.add("Qaida", "al-qaida");
        NAMES.add("Dawn", "dawn-paper");
        NAMES.add("ANI", "ani");
        NAMES.add("Mali", "mali");
        NAMES.add("O'Hare", "ohare");
        NAMES.add("the Front", "front");
        NAMES.add("Front for the Sahel", "sahel-front");
        NAMES.build();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Fighters of al-Qaida in the Maghreb attacked | al-Qaida in the Maghreb=aqim",
        "Fighters of Al Qaida in the Maghreb attacked | Al Qaida in the Maghreb=aqim",
        "an al-Qaida cell | al-Qaida=al-qaida",
        "an al-Qaida-linked cell | al-Qaida=al-qaida",
        "alQaida is not spelled so | ",
        "Qaidas are not names | ",
        "the raid came at dawn | ",
        "Dawn reported it | Dawn=dawn-paper",
        "ANI said so | ANI=ani",
        "the ani said so | ",
        "flights from Mali and O\u2019Hare | Mali=mali,O\u2019Hare=ohare",
        "Malian troops | ",
        "Mali2 is a code | ",
        "in Mali | Mali=mali",
        "the Front for the Sahel claimed it | Front for the Sahel=sahel-front",
        "the Front claimed it | the Front=front",
        // the trie keeps unbranching runs of characters as one node: a text that leaves or ends inside one
        "fighters of al-Qaida in the Mashriq | al-Qaida=al-qaida",
        "a report on al-Qaida in the Magh | al-Qaida=al-qaida",
        "al-Qaida in the Maghrebi desert | al-Qaida=al-qaida"})
    void findsTheLongestNameAtEachWordStart(String text, String expected) {
        List<String> found = NAMES.find(text).stream().map(m -> m.alias() + "=" + m.value()).toList();

        assertThat(String.join(",", found)).isEqualTo(expected == null ? "" : expected); // a blank cell: no name
    }
}
