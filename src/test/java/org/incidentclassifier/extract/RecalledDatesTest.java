package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates of events a report recalls (EventDate.recalled), which the incident-date rules skip. Every report here is
 * dated Thursday 29 September 2016 and tells the news in its first sentence; each row is a text (sentences joined
 * by " ") -> its dates as "words=from" with "(recalled)" where marked, and the incident's date. Each shape has a
 * paraphrase and near misses.
 */
class RecalledDatesTest {
    private static final String REPORT_DATE = "2016-09-29";
    private static final String LEAD = "Gunmen shot dead a mayoral candidate in Koro on Wednesday, officials said."
            + " The victim was hit three times outside his campaign office. Police have arrested one suspect.";

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        // after the lead, the next sentence calls the event one of a series: a recalled one
        "On Monday a council candidate was stabbed in the capital. It was the latest attack on a candidate this year."
                + " | on Wednesday=2016-09-28; Monday=2016-09-26 (recalled) | 2016-09-28",
        "Last Saturday, assailants shot a council hopeful outside his home in the port city. That was the third killing"
                + " of a candidate this month. | on Wednesday=2016-09-28; Saturday=2016-09-24 (recalled) | 2016-09-28",
        // near miss: an earlier day with no such cue is an earlier day of the news (a siege that began before)
        "The gunmen had first stormed a checkpoint on Tuesday. | on Wednesday=2016-09-28; on Tuesday=2016-09-27"
                + " | 2016-09-27",
        // a background cue (lexicon/figure-cues.csv) just before the date words
        "A similar attack on Sunday killed a guard at a bank in the same district."
                + " | on Wednesday=2016-09-28; on Sunday=2016-09-25 (recalled) | 2016-09-28",
        "An earlier attack on Monday wounded three clerks at a post office nearby."
                + " | on Wednesday=2016-09-28; on Monday=2016-09-26 (recalled) | 2016-09-28",
        // near miss: the cue far from the date words, in another part of the clause, speaks of another day
        "The shooting on Tuesday was the deadliest in the district since a similar attack years ago."
                + " | on Wednesday=2016-09-28; on Tuesday=2016-09-27 | 2016-09-27"})
    void recalledDatesDateNothing(String more, String dates, String incidentDate) {
        InputDocument report = new Ingest().fromText("d", LEAD + " " + more).withReportInfo(REPORT_DATE, null, null);
        DocumentFacts facts = SharedPipeline.get().facts(report);

        assertThat(facts.dates().stream().map(d -> d.evidence().text() + "=" + d.from() + (d.recalled() ? " (recalled)" : ""))
                .collect(Collectors.joining("; "))).isEqualTo(dates);
        Verdict verdict = SharedPipeline.get().classify(List.of(report));
        assertThat(verdict.incidents()).hasSize(1);
        assertThat(verdict.incidents().get(0).date().from()).isEqualTo(incidentDate);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // in the lead, "It was the latest attack" speaks of the news itself: nothing is recalled
        "Gunmen shot dead a mayoral candidate in Koro on Wednesday. It was the latest attack on a candidate this year."
                + " | on Wednesday=2016-09-28"})
    void theLeadIsNeverRecalled(String text, String dates) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("d", text)
                .withReportInfo(REPORT_DATE, null, null));

        assertThat(facts.dates().stream().map(d -> d.evidence().text() + "=" + d.from() + (d.recalled() ? " (recalled)" : ""))
                .collect(Collectors.joining("; "))).isEqualTo(dates);
    }
}
