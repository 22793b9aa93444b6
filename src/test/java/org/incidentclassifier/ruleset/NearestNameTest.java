package org.incidentclassifier.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearestNameTest {
    private static final List<String> STATUSES = List.of("TAKEN", "HELD", "KILLED", "INJURED", "ESCAPED", "FREED");

    @ParameterizedTest
    @CsvSource({"KILED,KILLED", "killd,KILLED", "INJURD,INJURED", "escapd,ESCAPED", "HELDD,HELD"})
    void aTypoFindsTheNameMeant(String wrong, String meant) {
        assertThat(NearestName.among(wrong, STATUSES)).contains(meant);
    }

    @ParameterizedTest
    @CsvSource({"WOUNDED", "KILLED", "X", "BOMBED"})
    void anExactNameOrAFarOneFindsNothing(String wrong) {
        assertThat(NearestName.among(wrong, STATUSES)).isEmpty();
    }

    @Test
    void theHintIsReadyToAppend() {
        assertThat(NearestName.hint("KILED", STATUSES)).isEqualTo("; did you mean KILLED?");
        assertThat(NearestName.hint("WOUNDED", STATUSES)).isEmpty();
    }
}
