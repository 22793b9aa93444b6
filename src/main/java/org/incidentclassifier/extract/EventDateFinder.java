package org.incidentclassifier.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentclassifier.facts.DateBasis;
import org.incidentclassifier.facts.EventDate;

/**
 * Finds the dates a sentence gives ("on 16 January 2013", "in March 2014", "on Thursday", "early Wednesday",
 * "yesterday", "last night", "Saturday's attack") and resolves them to days against the report's date. A date that needs the
 * report's date (a weekday, a day word, a day and month without a year) gives nothing when the report has
 * none: "on Thursday" alone names no day. A date right after a reporting verb or a threat ("said on Friday", "told
 * reporters on Friday", "quoted as saying on Friday") dates the saying and is skipped; a weekday of a coming event
 * ("ahead of the vote on Sunday") is not counted back as past and is skipped too. Thread-safe once built (immutable).
 */
final class EventDateFinder {
    static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final List<String> MONTH_STARTS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
            "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)? (" + MONTHS + ")\\b\\.?(?:,? ((?:19|20)\\d\\d)\\b)?");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)(?:,? ((?:19|20)\\d\\d)\\b)?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\.?,? ((?:19|20)\\d\\d)\\b");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    /** A weekday (2), with the word before it (1) and a possessive (3): "on Friday", "last Friday", "Friday's". */
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(on|early|late|last) )?(" + DAYS
            + ")(?: (?:morning|afternoon|evening|night))?(?:(['\u2019]s)\\b|\\b)");
    private static final Pattern DAY_WORD = Pattern.compile(
            "\\b(?i:(yesterday|last night|overnight|today|tonight|this morning|this afternoon|earlier today))\\b");
    /**
     * A verb of saying just before the date: the date is the saying's ("said on Friday", "told AFP on Friday"); so
     * is a threat's, a warning's or a demand's, which are sayings too ("stormed the school and threatened early
     * Thursday to kill the pupils": Thursday dates the threat, not the storming).
     */
    private static final Pattern SAID_BEFORE = Pattern.compile(
            "\\b(?:said|says|saying|told|announced|reported|confirmed|added|stated|tweeted|wrote|declared"
                    + "|threatened|threatening|warned|vowed|demanded)\\b[^,.;:\"\u201c\u201d]{0,28}$");
    /**
     * A word of a coming event just before a weekday, in the same clause ("ahead of the vote on Sunday", "due to
     * resume on Monday", "next Friday"): the weekday lies after the report, and counting it back as past would date
     * a day nothing happened on.
     */
    private static final Pattern COMING_BEFORE = Pattern.compile(
            "\\b(?:ahead of|due|scheduled|planned|set to|set for|expected|will|next)\\b[^,.;:\"\u201c\u201d]{0,32}$");

    /** A weekday told as a day of events, not in the possessive and not followed by a date (a byline's). */
    private static final Pattern WEEKDAY_TOLD = Pattern.compile("\\b(?<!last )(" + DAYS + ")\\b(?!['\u2019]s\\b)"
            + "(?!,? (?:\\d{1,2} (?:" + MONTHS + ")|(?:" + MONTHS + ")\\.? \\d))");

    private final LocalDate reportDate;
    private final boolean reportDayTold;

    /** @param reportDate the report's date (ISO yyyy-MM-dd), or null when it gives none */
    EventDateFinder(String reportDate) {
        this(reportDate, "");
    }

    /**
     * @param reportDate the report's date (ISO yyyy-MM-dd), or null when it gives none
     * @param report     the report's whole text: whether it tells events of the report's own weekday ("on
     *                   Saturday") decides which day the possessive "Saturday's attack" names
     */
    EventDateFinder(String reportDate, String report) {
        this.reportDate = reportDate == null ? null : LocalDate.parse(reportDate);
        this.reportDayTold = this.reportDate != null && tellsWeekday(report, this.reportDate.getDayOfWeek());
    }

    /** True when the text tells events of that weekday ("on Saturday", "Saturday night"), not only "Saturday's". */
    static boolean tellsWeekday(String text, DayOfWeek day) {
        for (Matcher m = WEEKDAY_TOLD.matcher(text); m.find(); ) {
            if (m.group(1).equalsIgnoreCase(day.name())) {
                return true;
            }
        }
        return false;
    }

    /** A date found in a text: its character span (in that text), the days it allows and how it was read. */
    record Found(int start, int end, LocalDate from, LocalDate to, DateBasis basis) {}

    /** Every date in the text that resolves to days, in text order; spans never overlap. */
    List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        // each pattern scans the whole sentence: skip those whose words the sentence cannot hold (most sentences)
        boolean digits = hasDigit(text);
        boolean months = digits && mayNameMonth(text);
        String lower = text.toLowerCase(Locale.ROOT);
        for (Matcher m = ISO.matcher(digits && text.indexOf('-') >= 0 ? text : ""); m.find(); ) {
            add(found, text, m, day(num(m, 1), num(m, 2), num(m, 3)), DateBasis.FULL_DATE);
        }
        for (Matcher m = DAY_MONTH.matcher(months ? text : ""); m.find(); ) {
            add(found, text, m, dayAndMonth(m.group(3), month(m.group(2)), num(m, 1)), basis(m.group(3)));
        }
        for (Matcher m = MONTH_DAY.matcher(months ? text : ""); m.find(); ) {
            add(found, text, m, dayAndMonth(m.group(3), month(m.group(1)), num(m, 2)), basis(m.group(3)));
        }
        for (Matcher m = MONTH_YEAR.matcher(months ? text : ""); m.find(); ) {
            YearMonth month = YearMonth.of(num(m, 2), month(m.group(1)));
            add(found, text, m, new LocalDate[] {month.atDay(1), month.atEndOfMonth()}, DateBasis.MONTH);
        }
        for (Matcher m = WEEKDAY.matcher(text.contains("day") ? text : ""); m.find(); ) {
            if (COMING_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                continue;
            }
            add(found, text, m, weekday(m.group(2), "last".equals(m.group(1)) || m.group(3) != null && !reportDayTold),
                    DateBasis.WEEKDAY);
        }
        for (Matcher m = DAY_WORD.matcher(mayNameDayWord(lower) ? text : ""); m.find(); ) {
            add(found, text, m, dayWord(m.group(1).toLowerCase(Locale.ROOT)), DateBasis.DAY_WORD);
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Every month of {@link #MONTHS}, full or short, starts with one of these (the patterns are case-sensitive). */
    private static boolean mayNameMonth(String text) {
        for (String month : MONTH_STARTS) {
            if (text.contains(month)) {
                return true;
            }
        }
        return false;
    }

    /** Every word of {@link #DAY_WORD} holds "day", "night" or "this " (the text given in lower case). */
    private static boolean mayNameDayWord(String lower) {
        return lower.contains("day") || lower.contains("night") || lower.contains("this ");
    }

    /** Adds a date unless it resolved to nothing, overlaps one found before, or dates a saying. */
    private static void add(List<Found> found, String text, Matcher m, LocalDate[] days, DateBasis basis) {
        if (days == null || SAID_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
            return;
        }
        boolean overlaps = found.stream().anyMatch(f -> f.start() < m.end() && m.start() < f.end());
        if (!overlaps) {
            found.add(new Found(m.start(), m.end(), days[0], days[1], basis));
        }
    }

    private static DateBasis basis(String year) {
        return year == null ? DateBasis.DAY_AND_MONTH : DateBasis.FULL_DATE;
    }

    /** A day and month, with the year given, else the report's year (the year before if that falls after the report). */
    private LocalDate[] dayAndMonth(String year, int month, int dayOfMonth) {
        if (year != null) {
            return day(Integer.parseInt(year), month, dayOfMonth);
        }
        if (reportDate == null) {
            return null;
        }
        LocalDate[] days = day(reportDate.getYear(), month, dayOfMonth);
        if (days != null && days[0].isAfter(reportDate)) {
            days = day(reportDate.getYear() - 1, month, dayOfMonth);
        }
        return days;
    }

    /**
     * The latest such weekday on or before the report's date: news says "on Thursday" of the days just past; or
     * strictly {@code before} it. "Last Saturday" is before the report's day. So is the possessive "Saturday's
     * attack" in a report dated a Saturday that tells no event "on Saturday": a report first tells an event of its
     * own day with the day ("gunmen opened fire on Saturday ... Saturday's attack"), and a possessive alone refers
     * back to one its readers know, of a week ago (a toll updated a week later).
     */
    private LocalDate[] weekday(String name, boolean before) {
        if (reportDate == null) {
            return null;
        }
        DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        LocalDate d = reportDate.with(before ? TemporalAdjusters.previous(day) : TemporalAdjusters.previousOrSame(day));
        return new LocalDate[] {d, d};
    }

    private LocalDate[] dayWord(String word) {
        if (reportDate == null) {
            return null;
        }
        return switch (word) {
            case "yesterday", "last night" -> new LocalDate[] {reportDate.minusDays(1), reportDate.minusDays(1)};
            case "overnight" -> new LocalDate[] {reportDate.minusDays(1), reportDate};
            default -> new LocalDate[] {reportDate, reportDate};
        };
    }

    private static LocalDate[] day(int year, int month, int dayOfMonth) {
        try {
            LocalDate d = LocalDate.of(year, month, dayOfMonth);
            return new LocalDate[] {d, d};
        } catch (DateTimeException e) {
            return null; // "February 30": not a date
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    static int month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (java.time.Month m : java.time.Month.values()) {
            if (m.name().startsWith(prefix)) {
                return m.getValue();
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** The fact for a date found in a sentence. */
    static EventDate fact(String doc, Found f, org.incidentclassifier.facts.Evidence evidence) {
        return new EventDate(doc, f.from().toString(), f.to().toString(), f.basis(), evidence);
    }
}
