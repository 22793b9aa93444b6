package org.incidentclassifier.facts;

/**
 * A date the text gives, resolved to calendar days against the report's date: {@code from} and {@code to}
 * (ISO yyyy-MM-dd, both inclusive) are the same day for "on 16 January 2013", or for "on Wednesday" in a report
 * dated Thursday 17 January 2013; they are the month's first and last day for "in January 2013". A date
 * word that cannot be resolved (a weekday in a report with no date) gives no fact. The date belongs to
 * whatever its sentence reports: the rules in {@code rules/incidents/date.drl} take it as the incident's date
 * only when the sentence also has a factual event trigger, and not when the text recalls the event as an earlier
 * one ({@code recalled}). Dates after a reporting verb ("said on Friday") date the saying, not the event, and give
 * no fact.
 *
 * @param document the report's id
 * @param from     the first day the words allow, ISO yyyy-MM-dd
 * @param to       the last day the words allow, ISO yyyy-MM-dd (equal to {@code from} for one day)
 * @param basis    how the words were read
 * @param evidence the date words, with their sentence
 * @param recalled true when the text tells the event of this date as an earlier one, another event than the news:
 *                 a background cue of lexicon/figure-cues.csv beside the date words ("a similar attack on Saturday",
 *                 "last year's attack in March 2014"), or the next sentence, after the lead, calls it one of a series
 *                 ("On Sunday a candidate was shot in Rio. It was the latest killing of a candidate there.")
 */
public record EventDate(String document, String from, String to, DateBasis basis, Evidence evidence, boolean recalled)
        implements Evidenced {

    /** A date of an event the text does not mark as recalled. */
    public EventDate(String document, String from, String to, DateBasis basis, Evidence evidence) {
        this(document, from, to, basis, evidence, false);
    }

    /** This date, of an event the text recalls as an earlier one. */
    public EventDate asRecalled() {
        return new EventDate(document, from, to, basis, evidence, true);
    }

    /** True when the words name one day. */
    public boolean isDay() {
        return from.equals(to);
    }

    /** True when this date starts before the other (ISO dates sort as text). */
    public boolean startsBefore(EventDate other) {
        return from.compareTo(other.from) < 0;
    }

    /**
     * How far the date words stand from other words of the same sentence, in characters (0 when they touch or
     * overlap): of two dates in a sentence, the nearer one dates an event word ("killed on Wednesday ahead of
     * the elections on Sunday").
     */
    public int distanceTo(Evidence words) {
        return Math.max(0, Math.max(words.start() - evidence.end(), evidence.start() - words.end()));
    }

    /** True when every day this date allows lies within {@code first} .. {@code last} (ISO, inclusive). */
    public boolean within(String first, String last) {
        return from.compareTo(first) >= 0 && to.compareTo(last) <= 0;
    }

    /**
     * True when this date can be the day of an event a report dated {@code reportDate} tells as news: on or
     * before that date and at most {@value #RECENT_DAYS} days before it (an older date is background: an
     * earlier attack, the group's founding). Always true when the report has no date.
     */
    public boolean isRecentFor(String reportDate) {
        if (reportDate == null) {
            return true;
        }
        java.time.LocalDate report = java.time.LocalDate.parse(reportDate);
        return !java.time.LocalDate.parse(to).isAfter(report)
                && !java.time.LocalDate.parse(from).isBefore(report.minusDays(RECENT_DAYS));
    }

    /** How far back a report's news reaches, in days: a month covers a siege or a toll updated for weeks. */
    public static final int RECENT_DAYS = 31;
}
