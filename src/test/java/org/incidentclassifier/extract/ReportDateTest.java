package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportDateTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "Troops End Standoff at Border Post\\n\\n, January 19, 2013 , 0 Comments | 2013-01-19",
        "By Staff Writer The Wire Service\\nThursday October 24, 2002\\n\\nKARAK — About 40 | 2002-10-24",
        " date 2020-10-06 By Our Correspondent, Lagos | 2020-10-06",
        "March 3 1979: airliner seized on the runway\\n\\nBy A. Writer, June 27, 2011 | 2011-06-27",
        "KANO, Nigeria, April 17 (Wire) -- The teacher | none",
        "Posted 5 March 2014 by the desk | 2014-03-05",
        "It happened on February 30, 2013, they said | none"})
    void theReportsOwnDateFromItsOpeningLines(String opening, String expected) {
        assertThat(ReportDate.of(opening.replace("\\\\n", "\\n"))).isEqualTo(expected);
    }
}
