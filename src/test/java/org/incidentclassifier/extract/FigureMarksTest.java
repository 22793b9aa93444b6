package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.FigureTiming;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.api.Test;

/**
 * What the count-claim table does not show: a figure's timing (figure-timing.csv) and whether it is a part of a
 * larger group. The team's own sentences.
 */
class FigureMarksTest {

    private static List<CountClaim> claims(String text) {
        return SharedPipeline.get().facts(new Ingest().fromText("t", text)).claims();
    }

    @Test
    void aRiseCueMovesTheFigureRightAfterIt() {
        assertThat(claims("The death toll rose to 14 on Tuesday.")).extracting(CountClaim::timing)
                .containsExactly(FigureTiming.UPDATE);
        assertThat(claims("The toll increased to at least 22, officials said.")).extracting(CountClaim::timing)
                .containsExactly(FigureTiming.UPDATE);
    }

    @Test
    void aRiseCueWithItsOwnNounLeavesALaterFigureUnmarked() {
        assertThat(claims("Security was increased to the highest level after 5 people were killed in the market."))
                .extracting(CountClaim::timing).containsExactly(FigureTiming.UNMARKED);
        assertThat(claims("The threat level rose to its maximum after 9 people were shot dead."))
                .extracting(CountClaim::timing).containsExactly(FigureTiming.UNMARKED);
    }

    @Test
    void theDeadAmongCasualtiesAreAllTheDeadNotAPart() {
        assertThat(claims("Casualties rose to 26, including 8 dead, the police said.")).extracting(CountClaim::part)
                .containsExactly(false);
        assertThat(claims("The attack left 40 casualties, including 15 dead and 25 injured."))
                .extracting(CountClaim::part).containsExactly(false, false);
    }

    @Test
    void aGroupIncludingSomeIsStillAPartForOtherWholes() {
        assertThat(claims("Twelve people were killed, including 4 children.")).filteredOn(c -> c.value() == 4)
                .extracting(CountClaim::part).containsExactly(true);
    }
}
