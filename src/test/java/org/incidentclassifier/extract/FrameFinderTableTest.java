package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.facts.FrameKind;
import org.incidentclassifier.facts.ReportFrame;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text -> whether a recent-time cue counts as news (a NEW_EVENT frame), and the history cues found. */
class FrameFinderTableTest {

    @ParameterizedTest(name = "{0} -> news {1}")
    @CsvSource(delimiter = '|', value = {
            // an attack told before a setting's cue is news of the attack
            "Gunmen attacked a cinema showing a thriller on Saturday, killing six.                               | true",
            // ... not when the attack is the charge the court hears
            "A man accused of bombing a bus depot told the jury on Monday that he was forced.                    | false",
            "A woman charged with the kidnapping of two pupils appeared in court on Tuesday.                     | false",
            // ... nor when the court hears how the accused did it
            "The jury heard on Thursday how the defendant had set fire to a chapel in 2016.                      | false",
            "At the hearing on Monday, the accused said he had stabbed the guard to stop him.                    | false",
            // near miss: survivors who heard gunfire tell of a new attack
            "Residents heard gunfire as militants stormed the barracks on Friday, killing four.                  | true",
            // ... nor when the lead looks back at the old attack
            "Town remembers the market bombing. Gunmen bombed the market as the memorial service began on Sunday. | false",
            // an opening look back leaves the new attack after its comma as news
            "A year after the massacre at the market, gunmen struck again today, killing seven traders.          | true",
            // near miss: after the look back, no attack is told before the recent-time cue
            "Ten years after the bombing, survivors gathered on Sunday at the station.                           | false",
            // a relative clause of a reviewed game's plot is no news; the same clause in a report is
            "Game review: Night Watch. You lead a squad against rebels who have seized a consulate.               | false",
            "Rebels who have seized a consulate are holding twelve staff, police said.                            | true",
    })
    void aRecentTimeCueIsNewsOnlyWhenAnAttackIsToldAsNews(String text, boolean news) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("d", text));

        assertThat(facts.frames()).extracting(ReportFrame::kind).as(text)
                .matches(kinds -> kinds.contains(FrameKind.NEW_EVENT) == news);
    }

    @ParameterizedTest(name = "{0} -> {1} history cues")
    @CsvSource(delimiter = '|', value = {
            "In 1347 an army laid siege to the walled town and shelled its gates, historians say. | 2",
            "The raiders returned in 1352 and again in 1360.                                      | 1",
            // near miss: a year of this age is no history cue
            "Gunmen stormed the hotel, which opened in 1985, on Friday.                           | 0",
    })
    void aYearBefore1900IsAHistoryCue(String text, int cues) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("d", text));

        assertThat(facts.frames()).filteredOn(f -> f.kind() == FrameKind.HISTORY).extracting(ReportFrame::cues)
                .containsExactlyElementsOf(cues == 0 ? java.util.List.of() : java.util.List.of(cues));
    }

    @ParameterizedTest(name = "{0} -> frame {1} kept {2}")
    @CsvSource(delimiter = '|', value = {
            // a deadly attack told first where a sport or training cue is: the setting of the attack
            "Blast at cricket ground kills 3. A bomb exploded among fans at a cricket fixture, killing three.    | SPORT    | false",
            "Car bomb hits hotel hosting seminar. A car bomb exploded outside a hotel hosting a seminar, killing six. | TRAINING | false",
            // near misses: the cue names the attack (a drill), or nobody was killed or wounded
            "Police stage bomb attack drill at stadium. The drill at the stadium lasted four hours.            | TRAINING | true",
            "Bomb scare exercise at football stadium. Volunteers played the wounded in the football stadium.  | SPORT    | true",
    })
    void aSettingCueAfterADeadlyAttackInTheLeadIsNoFrame(String text, FrameKind kind, boolean kept) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("d", text));

        assertThat(facts.frames()).extracting(ReportFrame::kind).as(text)
                .matches(kinds -> kinds.contains(kind) == kept);
    }
}
