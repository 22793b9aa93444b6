package org.incidentclassifier.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An incident's id from its report ids (report ids, space-separated | id): the order the reports come in does not
 * change it, and the ids are cut at the line feed that ends each, so "a"+"b" is not "ab". The values are
 * {@code printf 'a\nb\n' | sha256sum | cut -c1-12}.
 */
class IncidentIdsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "a b | incident-911169ddaaf1",
        "b a | incident-911169ddaaf1",
        "ab | incident-a63d8014dba8",
        "a | incident-87428fc52280",
        "000_802d9e333d9d6a38 002_19eff492fa99377f | incident-25bf526c7e8e",
        "002_19eff492fa99377f 000_802d9e333d9d6a38 | incident-25bf526c7e8e",
        "000_802d9e333d9d6a38 | incident-c8d02cc8de1e"})
    void theIdIsTheHashOfTheSortedReportIds(String reports, String id) {
        assertThat(IncidentIds.of(Arrays.asList(reports.split(" ")))).isEqualTo(id);
    }

    @Test
    void anIncidentWithoutReportsHasNoId() {
        assertThatThrownBy(() -> IncidentIds.of(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an incident has at least one report");
    }
}
