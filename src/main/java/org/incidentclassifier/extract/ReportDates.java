package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import org.incidentclassifier.facts.DateBasis;
import org.incidentclassifier.facts.EventDate;
import org.incidentclassifier.nlp.Sentence;

/**
 * The dates of one report: its own date, and the dates its sentences give, resolved against it. The report's
 * date is the one its record gave (JSON Lines), else the latest full date of its opening lines (a byline,
 * see {@link ReportDate}), else its dateline ({@link Dateline}); without one, weekdays and day words stay
 * unresolved. A date in the opening equal to the report's own date, or the dateline's, is the report's
 * ({@link DateBasis#DATELINE}), not an event's.
 */
final class ReportDates {
    private final String reportDate;
    private final Dateline dateline;
    private final int openingEnd;
    private final EventDateFinder finder;

    ReportDates(String recordDate, String text) {
        String date = recordDate != null ? recordDate : ReportDate.of(text);
        this.dateline = Dateline.of(text, date == null ? null : Integer.valueOf(date.substring(0, 4)));
        this.reportDate = date != null ? date : dateline == null ? null : dateline.date();
        this.openingEnd = ReportDate.OPENING;
        this.finder = new EventDateFinder(reportDate, text);
    }

    /** The report's date, ISO yyyy-MM-dd, or null. */
    String reportDate() {
        return reportDate;
    }

    /** The dates the sentence gives, each with its evidence; those a background cue recalls are marked so. */
    List<EventDate> find(String doc, Sentence sentence, EvidenceLocator locator, RecalledDates recalled) {
        List<EventDate> dates = new ArrayList<>();
        for (EventDateFinder.Found f : finder.find(sentence.text())) {
            int start = sentence.start() + f.start();
            int end = sentence.start() + f.end();
            if (isReportsOwn(start, end, f)) {
                f = new EventDateFinder.Found(f.start(), f.end(), f.from(), f.to(), DateBasis.DATELINE);
            }
            EventDate date = EventDateFinder.fact(doc, f, locator.locate(sentence.index(), start, end));
            dates.add(recalled.cueBeside(sentence, start, end) ? date.asRecalled() : date);
        }
        return dates;
    }

    private boolean isReportsOwn(int start, int end, EventDateFinder.Found f) {
        if (dateline != null && start < dateline.end() && dateline.start() < end) {
            return true;
        }
        return start < openingEnd && f.basis() == DateBasis.FULL_DATE && f.from().toString().equals(reportDate);
    }
}
