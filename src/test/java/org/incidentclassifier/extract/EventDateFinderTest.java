package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence and report date -> the dates found, as "words=from..to BASIS" joined by "; ". */
class EventDateFinderTest {

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "The convoy was ambushed on 16 January 2013 near the border. | none | 16 January 2013=2013-01-16..2013-01-16 FULL_DATE",
        "The convoy was ambushed on January 16, 2013, near the border. | none | January 16, 2013=2013-01-16..2013-01-16 FULL_DATE",
        "The depot was raided on 2019-03-02 before dawn. | none | 2019-03-02=2019-03-02..2019-03-02 FULL_DATE",
        "The kidnappings began in March 2014 in the north. | none | March 2014=2014-03-01..2014-03-31 MONTH",
        "Gunmen stormed the hotel on Thursday. | none | ''",
        "Gunmen stormed the hotel on Thursday. | 2013-01-17 | on Thursday=2013-01-17..2013-01-17 WEEKDAY",
        "Gunmen stormed the hotel early Wednesday. | 2013-01-17 | early Wednesday=2013-01-16..2013-01-16 WEEKDAY",
        "The bus was hit on Saturday night. | 2013-01-17 | on Saturday night=2013-01-12..2013-01-12 WEEKDAY",
        "A bomb went off yesterday outside the bank. | 2020-05-04 | yesterday=2020-05-03..2020-05-03 DAY_WORD",
        "Shots were heard last night in the camp. | 2020-05-04 | last night=2020-05-03..2020-05-03 DAY_WORD",
        "Fighting went on overnight near the bridge. | 2020-05-04 | overnight=2020-05-03..2020-05-04 DAY_WORD",
        "The ferry was seized on May 2 off the coast. | 2020-05-04 | May 2=2020-05-02..2020-05-02 DAY_AND_MONTH",
        "The ferry was seized on December 30 off the coast. | 2020-01-04 | December 30=2019-12-30..2019-12-30 DAY_AND_MONTH",
        "The ferry was seized on May 2 off the coast. | none | ''",
        "The army said on Friday that the camp had been cleared. | 2020-05-04 | ''",
        "Police told reporters on Friday the hostages were safe. | 2020-05-04 | ''",
        "Troops freed the hostages on Friday, the army said on Saturday. | 2020-05-04 | on Friday=2020-05-01..2020-05-01 WEEKDAY",
        "A ministry aide was quoted as saying late on Friday that the road was open. | 2020-05-04 | ''",
        "The paper carried the minister saying on Friday that the border was shut. | 2020-05-04 | ''",
        "The gunmen, saying nothing, opened fire late on Friday. | 2020-05-04 | on Friday=2020-05-01..2020-05-01 WEEKDAY",
        "Raiders seized the school and threatened early Thursday to kill the pupils. | 2020-05-07 | ''",
        "The kidnappers warned on Monday that the captives would die. | 2020-05-06 | ''",
        "The group vowed late on Sunday to strike again. | 2020-05-06 | ''",
        "Raiders threatened the guards at the gate and stormed the depot on Monday. | 2020-05-06 | on Monday=2020-05-04..2020-05-04 WEEKDAY",
        "Rebels shot two guards on Tuesday ahead of the vote on Sunday. | 2016-09-28 | on Tuesday=2016-09-27..2016-09-27 WEEKDAY",
        "The talks are due to resume on Monday in the capital. | 2020-05-06 | ''",
        "The families will bury the dead next Friday. | 2020-05-06 | ''",
        "The ballot went ahead on Sunday despite the attack. | 2016-09-28 | on Sunday=2016-09-25..2016-09-25 WEEKDAY",
        "Relatives mourned the victims of Monday's attack on the market. | 2021-03-15 | Monday's=2021-03-08..2021-03-08 WEEKDAY",
        "The toll from Friday night’s blast at the depot rose to nine. | 2021-03-19 | Friday night’s=2021-03-12..2021-03-12 WEEKDAY",
        "Wednesday's ambush left four soldiers dead. | 2021-03-19 | Wednesday's=2021-03-17..2021-03-17 WEEKDAY",
        "The convoy was ambushed last Friday near the pass. | 2021-03-19 | last Friday=2021-03-12..2021-03-12 WEEKDAY",
        "The convoy was ambushed on Friday near the pass. | 2021-03-19 | on Friday=2021-03-19..2021-03-19 WEEKDAY",
        "The office was attacked on February 30, 2013, it said. | none | ''",
        "It may rain in the capital this week. | 2020-05-04 | ''"})
    void findsAndResolvesDates(String sentence, String reportDate, String expected) {
        String found = new EventDateFinder(reportDate).find(sentence).stream()
                .map(f -> sentence.substring(f.start(), f.end()) + "=" + f.from() + ".." + f.to() + " " + f.basis())
                .collect(Collectors.joining("; "));

        assertThat(found).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "Toll rises. Relatives mourned the victims of Monday's attack. | 2021-03-15 | Monday's=2021-03-08..2021-03-08 WEEKDAY",
        "Gunmen opened fire on Monday. Relatives mourned the victims of Monday's attack. | 2021-03-15 | Monday's=2021-03-15..2021-03-15 WEEKDAY",
        "Gunmen opened fire at the market Monday. The toll of Monday's attack rose. | 2021-03-15 | Monday's=2021-03-15..2021-03-15 WEEKDAY",
        "Monday, 15 March 2021. The toll of Monday's attack rose. | 2021-03-15 | Monday's=2021-03-08..2021-03-08 WEEKDAY",
        "Monday March 15, 2021. The toll of Monday’s attack rose. | 2021-03-15 | Monday’s=2021-03-08..2021-03-08 WEEKDAY",
        "Troops came last Monday. The toll of Monday's attack rose. | 2021-03-15 | Monday's=2021-03-08..2021-03-08 WEEKDAY",
        "Gunmen opened fire on Sunday. The toll of Monday's attack rose. | 2021-03-15 | Monday's=2021-03-08..2021-03-08 WEEKDAY"})
    void aPossessiveOfTheReportsWeekdayIsTodayOnlyWhenTheReportTellsThatDay(String report, String reportDate,
            String expected) {
        String sentence = report.substring(report.indexOf(". ") + 2);
        String found = new EventDateFinder(reportDate, report).find(sentence).stream()
                .map(f -> sentence.substring(f.start(), f.end()) + "=" + f.from() + ".." + f.to() + " " + f.basis())
                .collect(Collectors.joining("; "));

        assertThat(found).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "DODOMA, Tanzania, Jan 17 (Wire) - A bus was stopped. It was 17 January 2013. | none | 2013-01-17",
        "DODOMA, Jan 17 (Wire) -- A bus was stopped on the road. | 2013-01-20 | 2013-01-17",
        "DODOMA, March 3, 2011 - A bus was stopped on the road. | none | 2011-03-03",
        "DODOMA, Jan 17 (Wire) - A bus was stopped on the road. | none | none",
        "Dodoma, Jan 17 - a town in the hills, saw a bus stopped. | none | none"})
    void readsTheDateline(String text, String reportDate, String expected) {
        Dateline line = Dateline.of(text, reportDate == null ? null : Integer.valueOf(reportDate.substring(0, 4)));

        assertThat(line == null ? null : line.date()).isEqualTo(expected);
    }
}
