package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportDateTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "Algeria: Special Forces Free 650 Hostages\\n\\n, January 19, 2013 , 0 Comments | 2013-01-19",
        "By Jim Heintz The Associated Press\\nThursday October 24, 2002\\n\\nMOSCOW — About 50 | 2002-10-24",
        " date 2020-10-06 By Mike Odiegwu, Port Harcourt | 2020-10-06",
        "July 27 1976: Air France flight seized\\n\\nBy Anna Slater, June 27, 2011 | 2011-06-27",
        "CHIBOK, Nigeria, April 17 (UPI) -- The principal | none",
        "Posted 5 March 2014 by the desk | 2014-03-05",
        "It happened on February 30, 2013, they said | none"})
    void theReportsOwnDateFromItsOpeningLines(String opening, String expected) {
        assertThat(ReportDate.of(opening.replace("\\\\n", "\\n"))).isEqualTo(expected);
    }
}
