package org.incidentclassifier.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.engine.FactBuilder.at;
import static org.incidentclassifier.engine.FactBuilder.threatened;
import static org.incidentclassifier.engine.FactBuilder.trigger;
import static org.incidentclassifier.engine.RuleSession.EXACTLY;
import static org.incidentclassifier.engine.RuleSession.concludedBy;
import static org.incidentclassifier.engine.RuleSession.derivation;
import static org.incidentclassifier.facts.TriggerKind.ARMED_ATTACK;
import static org.incidentclassifier.facts.TriggerKind.KIDNAPPING;

import org.incidentclassifier.facts.DateBasis;
import org.incidentclassifier.facts.Document;
import org.incidentclassifier.facts.EventDate;
import org.incidentclassifier.facts.IncidentDate;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.facts.TriggerKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/incidents/date.drl: the incident's date from the event dates of its reports. */
class IncidentDateRulesTest {
    private static final Document REPORT = new Document("r", "r.txt", "2014-04-17");
    private static final Document UNDATED = new Document("u", "u.txt", null);

    private static EventDate date(String document, int sentence, String from, String to, DateBasis basis, String words) {
        return new EventDate(document, from, to, basis, at(document, sentence, 60, words));
    }

    /** A date of one day, told in this sentence. */
    private static EventDate day(String document, int sentence, String isoDay, DateBasis basis, String words) {
        return date(document, sentence, isoDay, isoDay, basis, words);
    }

    /** An event word at the start of this sentence, before its date (which {@link #date} puts at 60). */
    private static Trigger event(TriggerKind kind, String word, String document, int sentence) {
        return trigger(kind, word, document, sentence, 10);
    }

    /** The incident date a test expects from this rule: this range, resting on these facts in match order. */
    private static Derivation datedBy(String rule, String from, String to, Object... matched) {
        return derivation(new IncidentDate(from, to, true), rule, matched);
    }

    @Nested
    class EarliestEvent {
        private static final String RULE = "incident-date-earliest-event";

        @Test
        void theEarliestDateOfASentenceWithAnEventDatesTheIncident() {
            EventDate tuesday = day("r", 0, "2014-04-15", DateBasis.WEEKDAY, "on Tuesday");
            Trigger stormed = event(ARMED_ATTACK, "stormed", "r", 0);
            EventDate later = day("r", 2, "2014-04-16", DateBasis.FULL_DATE, "16 April 2014");
            Trigger kidnapped = event(KIDNAPPING, "kidnapped", "r", 2);

            assertThat(concludedBy(RULE, REPORT, later, kidnapped, tuesday, stormed))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(datedBy(RULE, "2014-04-15", "2014-04-15", tuesday, stormed, REPORT));
        }

        @Test
        void anEarlierEventTheTextRecallsDatesNothingAndIsNotNoted() {
            // "Gunmen stormed the hotel on Wednesday. ... A similar attack on Sunday killed a guard." (dated Thursday)
            EventDate wednesday = day("r", 0, "2014-04-16", DateBasis.WEEKDAY, "on Wednesday");
            Trigger stormed = event(ARMED_ATTACK, "stormed", "r", 0);
            EventDate sunday = day("r", 4, "2014-04-13", DateBasis.WEEKDAY, "on Sunday").asRecalled();
            Trigger attack = event(ARMED_ATTACK, "attack", "r", 4);

            assertThat(concludedBy(RULE, REPORT, sunday, attack, wednesday, stormed))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(datedBy(RULE, "2014-04-16", "2014-04-16", wednesday, stormed, REPORT));
            assertThat(concludedBy("incident-date-other-event", REPORT, sunday, attack, wednesday, stormed)).isEmpty();
        }

        @Test
        void ofTwoDatesInASentenceTheOneNearestTheEventWordDatesIt() {
            // "Two guards were shot on Wednesday ahead of the vote on Sunday" (report dated Thursday)
            EventDate wednesday = new EventDate("r", "2014-04-16", "2014-04-16", DateBasis.WEEKDAY, at("r", 0, 21, "on Wednesday"));
            EventDate sunday = new EventDate("r", "2014-04-13", "2014-04-13", DateBasis.WEEKDAY, at("r", 0, 52, "on Sunday"));
            Trigger shot = trigger(ARMED_ATTACK, "shot", "r", 0, 16);

            assertThat(concludedBy(RULE, REPORT, sunday, wednesday, shot))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(datedBy(RULE, "2014-04-16", "2014-04-16", wednesday, shot, REPORT));
        }

        @Test
        void aMonthOnlyDatesTheIncidentAsARangeWhenTheReportHasNoDate() {
            EventDate month = date("u", 0, "2014-03-01", "2014-03-31", DateBasis.MONTH, "in March 2014");
            Trigger stormed = event(ARMED_ATTACK, "stormed", "u", 0);

            assertThat(concludedBy(RULE, UNDATED, month, stormed))
                    .usingRecursiveFieldByFieldElementComparator(EXACTLY)
                    .containsExactly(datedBy(RULE, "2014-03-01", "2014-03-31", month, stormed, UNDATED));
        }

        @Test
        void aDatelineAnOldDateOrADateWithNoFactualEventDatesNothing() {
            EventDate dateline = day("r", 0, "2014-04-17", DateBasis.DATELINE, "April 17");
            Trigger stormed = event(ARMED_ATTACK, "stormed", "r", 0);
            EventDate background = date("r", 1, "2013-03-01", "2013-03-31", DateBasis.MONTH, "in March 2013");
            Trigger attack = event(ARMED_ATTACK, "attack", "r", 1);
            EventDate threat = day("r", 2, "2014-04-16", DateBasis.WEEKDAY, "on Wednesday");
            Trigger threatenedAttack = threatened(ARMED_ATTACK, "threatened to attack", "r", 2, 10);
            EventDate alone = day("r", 3, "2014-04-14", DateBasis.WEEKDAY, "on Monday");

            assertThat(concludedBy(RULE, REPORT, dateline, stormed, background, attack, threat, threatenedAttack, alone))
                    .isEmpty();
        }
    }

    @Nested
    class OtherEvent {
        private static final String RULE = "incident-date-other-event";

        @Test
        void aLaterEventDateIsNoted() {
            EventDate tuesday = day("r", 0, "2014-04-15", DateBasis.WEEKDAY, "on Tuesday");
            Trigger stormed = event(ARMED_ATTACK, "stormed", "r", 0);
            EventDate later = day("r", 2, "2014-04-16", DateBasis.FULL_DATE, "16 April 2014");
            Trigger kidnapped = event(KIDNAPPING, "kidnapped", "r", 2);

            assertThat(concludedBy(RULE, REPORT, tuesday, stormed, later, kidnapped)).singleElement()
                    .satisfies(d -> assertThat(d.conclusion().toString()).isEqualTo("IncidentDate[2014-04-16, other]"));
        }

        @Test
        void aDayWithinTheChosenMonthIsNotAnotherDate() {
            EventDate month = date("u", 0, "2014-03-01", "2014-03-31", DateBasis.MONTH, "in March 2014");
            Trigger stormed = event(ARMED_ATTACK, "stormed", "u", 0);
            EventDate day = day("u", 1, "2014-03-05", DateBasis.FULL_DATE, "5 March 2014");
            Trigger kidnapped = event(KIDNAPPING, "kidnapped", "u", 1);

            assertThat(concludedBy(RULE, UNDATED, month, stormed, day, kidnapped)).isEmpty();
        }
    }
}
