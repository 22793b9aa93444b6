package org.incidentclassifier.extract;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a report gives for itself: the latest full date (with a year) in its opening lines, where
 * datelines and bylines stand ("| January 19, 2013 |", "Thursday October 24, 2002", "date 2020-10-06");
 * an earlier date there is an event's ("March 3 1979: airliner seized ... By A. Writer, March 3,
 * 2009"). Dates further down are about events, not the report.
 */
final class ReportDate {
    /** How far into the text the opening lines reach, in characters. */
    static final int OPENING = 400;
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\.? (\\d{1,2}),? ((?:19|20)\\d\\d)\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) (" + MONTHS + ")\\.?,? ((?:19|20)\\d\\d)\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");

    private ReportDate() {
    }

    /** The latest full date of the opening lines: a report is written after the events it dates. */
    static String of(String text) {
        String opening = text.substring(0, Math.min(OPENING, text.length()));
        String latest = null;
        for (Matcher m = ISO.matcher(opening); m.find(); ) {
            latest = later(latest, valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        for (Matcher m = MONTH_DAY_YEAR.matcher(opening); m.find(); ) {
            latest = later(latest, valid(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
        }
        for (Matcher m = DAY_MONTH_YEAR.matcher(opening); m.find(); ) {
            latest = later(latest, valid(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
        }
        return latest;
    }

    private static String later(String a, String b) {
        if (a == null) {
            return b;
        }
        return b != null && b.compareTo(a) > 0 ? b : a;
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(prefix)) {
                return m.getValue();
            }
        }
        return 0;
    }

    private static String valid(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
