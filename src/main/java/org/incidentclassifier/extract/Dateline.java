package org.incidentclassifier.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire report's place-and-date line at the start of a line in its opening: a place in capitals, a comma,
 * optionally a country, a month and day, optionally a year and the agency in brackets, then a dash
 * ("KANO, Nigeria, April 17 (Wire) -- The teacher"). It dates the report; without a year in it, the year
 * comes from the report's date if known, else from the latest full date the report gives, else the line
 * dates nothing.
 *
 * @param start the line's month and day: start of their span in the text
 * @param end   end of that span (exclusive)
 * @param date  the day, ISO yyyy-MM-dd
 */
record Dateline(int start, int end, String date) {
    private static final int OPENING = 600;
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*[A-Z][A-Z .'-]{1,40}(?:, [A-Z][A-Za-z .'-]{1,30})?,? "
            + "((" + EventDateFinder.MONTHS + ")\\.? (\\d{1,2})(?:,? ((?:19|20)\\d\\d))?)"
            + "[ \\t]*(?:\\([^)\\n]{1,40}\\))?[ \\t]*(?:-{1,2}|\u2013|\u2014|:)");
    private static final Pattern YEAR_OF_FULL_DATE = Pattern.compile(
            "\\b(?:\\d{1,2} (?:" + EventDateFinder.MONTHS + ")\\.?,?|(?:" + EventDateFinder.MONTHS
                    + ")\\.? \\d{1,2},?) ((?:19|20)\\d\\d)\\b");

    /**
     * The dateline of the text's opening, or null when it has none or its day cannot be dated.
     *
     * @param year the year of the report's date if known (it wins over the years the text gives), or null
     */
    static Dateline of(String text, Integer year) {
        Matcher m = LINE.matcher(text.substring(0, Math.min(OPENING, text.length())));
        if (!m.find()) {
            return null;
        }
        if (m.group(4) != null) {
            year = Integer.valueOf(m.group(4));
        } else if (year == null) {
            year = latestYear(text);
        }
        if (year == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.of(year, EventDateFinder.month(m.group(2)), Integer.parseInt(m.group(3)));
            return new Dateline(m.start(1), m.end(1), day.toString());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer latestYear(String text) {
        Integer latest = null;
        for (Matcher m = YEAR_OF_FULL_DATE.matcher(text); m.find(); ) {
            int year = Integer.parseInt(m.group(1));
            latest = latest == null || year > latest ? year : latest;
        }
        return latest;
    }
}
