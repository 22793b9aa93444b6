package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.facts.Headcount;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence -> the headcounts it gives ({@code VALUE SUBJECT "words"}, joined by " ; "), or none. */
class HeadcountsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The airliner had 48 passengers and crew on board, the airline said.     | 48 PASSENGERS "passengers and crew"
            A bus carrying 22 people was stopped by gunmen on the highway.          | 22 PEOPLE "people"
            Regional airliner, 61 passengers and crew aboard.                       | 61 PASSENGERS "passengers and crew"
            Pirates boarded a fishing boat with a crew of 19 on Monday.              | 19 WORKERS "crew"
            About 300 students were at the school when the gunmen arrived.          | about 300 CHILDREN "students"
            Gunmen killed 12 of the 10 passengers on board, police said.            | 10 PASSENGERS "passengers"
            A passenger jet with capacity for 180 people was hijacked on Monday.    | -
            The hijackers released 53 passengers in the evening, officials said.    | -
            Gunmen abducted 40 more people from a village nearby.                   | -
            Nine out of 37 dead were foreigners, the authorities said.              | -
            """)
    void countsTheGroupPresent(String sentence, String expected) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("t", sentence));

        String found = facts.headcounts().stream().map(HeadcountsTest::render).collect(Collectors.joining(" ; "));
        assertThat(found.isEmpty() ? "-" : found).isEqualTo(expected);
    }

    private static String render(Headcount h) {
        return h.figure() + " " + h.subject() + " \"" + h.words() + "\"";
    }
}
