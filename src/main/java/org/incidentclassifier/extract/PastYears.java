package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentclassifier.nlp.Token;

/**
 * Figures of an event the report dates to an earlier year: "In 2017, a truck bomb killed 80 people", "a bombing
 * in 2015 killed 22", "since 2014 the group has killed 300". The year is earlier than the report's own (its date,
 * else the latest year the text names), so the figure is background, not the report's news. Thread-safe (immutable).
 */
final class PastYears {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
    private static final Set<String> OPENERS = Set.of("in", "since", "during");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Set<String> BEFORE_YEAR = Set.of("early", "late", "mid");
    /** How far before a figure, and after it, a year phrase may stand in its clause. */
    private static final int BEFORE = 12;
    private static final int AFTER = 6;

    /** The report's year, or the latest year its text names; 0 when it names none. */
    private final int current;

    private PastYears(int current) {
        this.current = current;
    }

    /** {@code reportDate} as ISO text (or null) and the report's text. */
    static PastYears of(String reportDate, String text) {
        if (reportDate != null && reportDate.length() >= 4 && YEAR.matcher(reportDate.substring(0, 4)).matches()) {
            return new PastYears(Integer.parseInt(reportDate.substring(0, 4)));
        }
        int latest = 0;
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            latest = Math.max(latest, Integer.parseInt(m.group()));
        }
        return new PastYears(latest);
    }

    /** True when an earlier year after in/during, or any year after since, stands in the clause of the figure at start .. end. */
    boolean recalls(List<Token> tokens, int start, int end) {
        for (int k = Math.max(0, start - BEFORE); k < Math.min(tokens.size(), end + AFTER); k++) {
            if (k < start && sinceMonth(tokens, k)) {
                return true; // "quiet since June, when a car bomb killed 27": the event the month dates
            }
            if (k >= start && k < end || !isYear(tokens.get(k))) {
                continue;
            }
            String before = QuantityFinder.lower(tokens, k - 1);
            int opener = MONTHS.contains(before) || BEFORE_YEAR.contains(before) ? k - 1 : k;
            String word = QuantityFinder.lower(tokens, opener - 1);
            // "since 2014 the group has killed 300": a running total, whatever the report's year
            boolean past = word.equals("since") || Integer.parseInt(tokens.get(k).text()) < current;
            if (!OPENERS.contains(word) || !past || afterSuperlative(tokens, opener - 1)) {
                continue;
            }
            // "In 2017, a truck bomb killed 80": a year phrase that opens the sentence governs it across the comma
            boolean opensSentence = opener - 1 == 0;
            if (opensSentence || !commaBetween(tokens, Math.min(k, start), Math.max(k, end))) {
                return true;
            }
        }
        return false;
    }

    /** "since June" before a figure; after one ("detained 40 since June") it is the running total the news gives. */
    private static boolean sinceMonth(List<Token> tokens, int k) {
        return tokens.get(k).lower().equals("since") && k + 1 < tokens.size()
                && MONTHS.contains(tokens.get(k + 1).lower()) && !afterSuperlative(tokens, k);
    }

    private static boolean isYear(Token t) {
        return t.text().length() == 4 && YEAR.matcher(t.text()).matches();
    }

    /** "the deadliest attack since 2015": a record the news sets, not an earlier event's figure. */
    private static boolean afterSuperlative(List<Token> tokens, int at) {
        for (int k = Math.max(0, at - 4); k < at; k++) {
            String w = tokens.get(k).lower();
            if (w.endsWith("est") && w.length() > 4 || w.equals("most") || w.equals("first")) {
                return true;
            }
        }
        return false;
    }

    private static boolean commaBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String t = tokens.get(k).text();
            if (t.equals(",") || t.equals(";")) {
                return true;
            }
        }
        return false;
    }
}
