package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.facts.FrameKind;
import org.incidentclassifier.facts.ReportFrame;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How far before the report's date the event a frame's sentences tell lies (ReportFrame.daysBeforeReport). */
class ReportFrameDistanceTest {

    @ParameterizedTest(name = "{0} / report {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            // a weekday resolved against the report's date
            "Gunmen stormed a bus depot in Varnholm on Tuesday, killing four guards.        | 2026-03-12 | 2",
            "On Tuesday attackers have stormed the depot at Varnholm and shot four guards. | 2026-03-12 | 2",
            // near miss: no report date, no distance
            "Gunmen stormed a bus depot in Varnholm on Tuesday, killing four guards.        | none       | none",
    })
    void theNewEventFrameKnowsHowFarBackItsEventLies(String text, String reportDate, Integer days) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("d", text).withReportInfo(reportDate, null, null));

        assertThat(facts.frames()).filteredOn(f -> f.kind() == FrameKind.NEW_EVENT)
                .extracting(ReportFrame::daysBeforeReport).containsExactly(days);
    }
}
