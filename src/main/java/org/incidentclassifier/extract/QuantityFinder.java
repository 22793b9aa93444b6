package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.incidentclassifier.lexicon.Demonym;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.nlp.Token;

/**
 * Finds number expressions that may count people: digits and number words ("Fifty-five", "twenty-five"),
 * "a"/"one" before a nationality noun, "a couple", bounds and approximations ("at least 11", "some 200",
 * "nearly 50") and vague quantities ("several", "dozens of"). Skips ages, dates, times, measures, money.
 */
final class QuantityFinder {
    // compiled once: String.matches compiled these for every token (a tenth of extraction's time)
    private static final Pattern DIGITS_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private final Lexicons lexicons;

    QuantityFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<Quantity> find(List<Token> tokens) {
        List<Quantity> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Quantity q = numberAt(tokens, i);
            if (q == null || !countsPeople(tokens, q)) {
                continue;
            }
            q = withModifier(tokens, range(tokens, outOfWhole(tokens, q)));
            found.add(q);
            i = q.end() - 1;
        }
        return found;
    }

    private Quantity numberAt(List<Token> tokens, int i) {
        String word = lower(tokens, i);
        if (startsWithDigit(word) && DIGITS_GROUPED.matcher(word).matches()) {
            String digits = word.replace(",", "");
            // more people than live on Earth is not a count (and would not fit an int): ignored
            return digits.length() > 10 || Long.parseLong(digits) > NumberWords.MOST_PEOPLE ? null
                    : Quantity.exact(i, i + 1, Integer.parseInt(digits));
        }
        Quantity unit = unitSize(word, i);
        if (unit != null) {
            return unit;
        }
        if (NumberWords.VAGUE_PLURALS.containsKey(word) && "of".equals(lower(tokens, i + 1))) {
            return Quantity.vague(i, i + 2, NumberWords.VAGUE_PLURALS.get(word));
        }
        if (NumberWords.VAGUE.contains(word) && !Set.of("a", "how", "so", "too", "as").contains(lower(tokens, i - 1))) {
            int end = "of".equals(lower(tokens, i + 1)) ? i + 2 : i + 1;
            return Quantity.vague(i, end, null);
        }
        if (word.equals("a") && "number".equals(lower(tokens, i + 1)) && "of".equals(lower(tokens, i + 2))) {
            return Quantity.vague(i, i + 3, null);
        }
        if (word.equals("the") && "pair".equals(lower(tokens, i + 1)) && i + 2 < tokens.size()
                && (tokens.get(i + 2).isPos("AUX") || tokens.get(i + 2).isPos("VERB"))) {
            return Quantity.exact(i, i + 2, 2); // "the pair were arrested": two people
        }
        if ((word.equals("a") || word.equals("an")) && i + 1 < tokens.size()) {
            String next = lower(tokens, i + 1);
            if (next.equals("dozen") && lower(tokens, i - 1).equals("half")) {
                return Quantity.exact(i - 1, i + 2, 6); // "half a dozen": six, not twelve
            }
            if (next.equals("dozen") || next.equals("couple") || next.equals("pair")) {
                return Quantity.exact(i, i + 2, NumberWords.UNITS.get(next));
            }
            if (i + 1 < tokens.size() && lexicons.demonyms().lookup(tokens.get(i + 1).text()) != null
                    && lower(tokens, i + 2).equals("couple")) {
                return Quantity.exact(i, i + 1, 2); // "a French couple"
            }
            int noun = i + 1;
            while (noun < tokens.size() && noun < i + 3 && tokens.get(noun).isPos("ADJ")
                    && lexicons.demonyms().lookup(tokens.get(noun).text()) == null) {
                noun++; // "a 36-year-old Irishman", "a veteran Briton"
            }
            if (isPersonDemonym(tokens, noun) || isNationalityBeforeNoun(tokens, noun)) {
                return Quantity.exact(i, i + 1, 1);
            }
            return null;
        }
        return wordNumber(tokens, i);
    }

    private static final java.util.regex.Pattern UNIT_SIZE =
            java.util.regex.Pattern.compile("([a-z]+|\\d+)-(man|men|member|strong|person|woman)");

    /** "its three-man crew", "a 12-member team": the size of a unit counts its people. */
    private static Quantity unitSize(String word, int i) {
        java.util.regex.Matcher m = UNIT_SIZE.matcher(word);
        if (!m.matches()) {
            return null;
        }
        Integer size = m.group(1).matches("\\d{1,4}") ? Integer.valueOf(m.group(1)) : NumberWords.UNITS.get(m.group(1));
        return size == null ? null : Quantity.exact(i, i + 1, size);
    }

    /** "Fifty-five", "twenty five", "one hundred and fifty", "two thousand". */
    private static Quantity wordNumber(List<Token> tokens, int i) {
        String[] parts = lower(tokens, i).split("-");
        if (parts.length == 2 && NumberWords.UNITS.containsKey(parts[0]) && NumberWords.UNITS.containsKey(parts[1])) {
            int tens = NumberWords.UNITS.get(parts[0]);
            int ones = NumberWords.UNITS.get(parts[1]);
            return tens >= 20 && tens % 10 == 0 && ones > 0 && ones < 10 ? Quantity.exact(i, i + 1, tens + ones) : null;
        }
        Integer first = NumberWords.UNITS.get(lower(tokens, i));
        if (first == null || lower(tokens, i).equals("couple") || lower(tokens, i).equals("pair")) {
            return null;
        }
        int total = 0;
        int current = first;
        int end = i + 1;
        while (end < tokens.size()) {
            String next = lower(tokens, end);
            if (next.equals("-") && end + 1 < tokens.size() && NumberWords.UNITS.containsKey(lower(tokens, end + 1))
                    && current >= 20 && current % 10 == 0) {
                current += NumberWords.UNITS.get(lower(tokens, end + 1));
                end += 2;
            } else if (next.equals("dozen") && total == 0 && current > 1 && current < 10) {
                current *= 12; // "two dozen": a multiple of twelve, not two figures
                end++;
            } else if (NumberWords.MULTIPLIERS.containsKey(next)) {
                int multiplier = NumberWords.MULTIPLIERS.get(next);
                if (multiplier == 100) {
                    current *= 100; // "nine hundred" (thousand): hundreds build the group before a larger word
                } else {
                    total = (total + current) * multiplier; // "nine hundred thousand" = 900,000
                    current = 0;
                }
                end++;
            } else if (current >= 20 && current % 10 == 0 && current < 100
                    && NumberWords.UNITS.getOrDefault(next, 0) > 0 && NumberWords.UNITS.get(next) < 10) {
                current += NumberWords.UNITS.get(next);
                end++;
            } else {
                break;
            }
        }
        return Quantity.exact(i, end, total + current);
    }

    /** "nine or 10", "20 to 30", "between 20 and 30": a range has bounds and no single value. */
    private Quantity range(List<Token> tokens, Quantity q) {
        String joiner = lower(tokens, q.end());
        if (q.value() == null || !(joiner.equals("or") || joiner.equals("to") || joiner.equals("and")
                && lower(tokens, q.start() - 1).equals("between"))) {
            return q;
        }
        if (joiner.equals("to") && isChangeFrom(tokens, q.start())) {
            return q; // "the toll rose from 12 to 20": an earlier figure and a later one, not a range
        }
        Quantity upper = numberAt(tokens, q.end() + 1);
        if (upper == null || upper.value() == null || !countsPeople(tokens, upper)) {
            return q;
        }
        int start = joiner.equals("and") ? q.start() - 1 : q.start();
        if (upper.value() < q.value() && joiner.equals("and")) {
            // "between 40 and 10": the bounds written the wrong way round are still the bounds
            return new Quantity(start, upper.end(), null, upper.value(), q.value(), false);
        }
        if (upper.value() <= q.value()) {
            return q;
        }
        return new Quantity(start, upper.end(), null, q.value(), upper.value(), false);
    }

    private static final Set<String> CHANGES = Set.of("rose", "risen", "rises", "rise", "climbed", "climbs",
            "increased", "jumped", "soared", "surged", "grew", "grown", "swelled", "fell", "fallen", "dropped", "revised", "raised",
            "lowered", "reduced", "up", "down");

    /**
     * "rose from 12", "has climbed from 45", "revised the toll from 30": the number a toll moved away from;
     * "increased by 6 to 40": the step it moved by.
     */
    private static boolean isChangeFrom(List<Token> tokens, int at) {
        if (!lower(tokens, at - 1).equals("from") && !lower(tokens, at - 1).equals("by")) {
            return false;
        }
        for (int k = at - 2; k >= Math.max(0, at - 6); k--) {
            if (CHANGES.contains(lower(tokens, k))) {
                return true;
            }
        }
        return false;
    }

    /** "14 out of 129 students", "121 of the 129 girls": the second number is the whole, not a count. */
    private static Quantity outOfWhole(List<Token> tokens, Quantity q) {
        int i = q.end();
        if (lower(tokens, i).equals("out") && lower(tokens, i + 1).equals("of")) {
            i += 2;
        } else if (lower(tokens, i).equals("of") && lower(tokens, i + 1).equals("the")) {
            i += 2;
        } else {
            return q;
        }
        // "three of the 12 hostages", "Nine of the ten attackers": the whole is part of the quantity
        boolean whole = i < tokens.size() && (isDigits(lower(tokens, i)) || NumberWords.UNITS.containsKey(lower(tokens, i))
                && !lower(tokens, i).equals("pair") && !lower(tokens, i).equals("couple"));
        return whole ? q.withEnd(i + 1) : q;
    }

    /** Rejects ages, dates, times, years, measures and money. */
    private boolean countsPeople(List<Token> tokens, Quantity q) {
        String before = q.start() > 0 ? lower(tokens, q.start() - 1) : "";
        String after = lower(tokens, q.end());
        String text = lower(tokens, q.end() - 1);
        if (NumberWords.CURRENCY.contains(before) || NumberWords.MONTHS.contains(before)
                || NumberWords.MONTHS.contains(after) || before.equals("no.") || before.equals("page")) {
            return false;
        }
        if (text.endsWith("-") || NumberWords.NOT_PEOPLE_UNITS.contains(after) || NumberWords.NOT_PEOPLE_THINGS.contains(after)
                || (after.equals("-") && NumberWords.NOT_PEOPLE_UNITS.contains(lower(tokens, q.end() + 1)))
                || after.startsWith("year") || after.equals(":") && isDigits(lower(tokens, q.end() + 1))) {
            return false;
        }
        if (q.value() != null && q.value() >= 1900 && q.value() <= 2100 && q.end() - q.start() == 1
                && isDigits(text)) {
            return false;
        }
        return !(after.equals(",") && isDigits(lower(tokens, q.end() + 1))) // "June 27, 2011"
                && !isAge(tokens, q, before, after, text) && !inAgeList(tokens, q);
    }

    /** Words that join the ages of a list after "aged". */
    private static final Set<String> AGE_LIST_GLUE = Set.of(",", "and", "between", "from", "to", "-", "\u2013");

    /** "three men, aged 24, 37 and 52", "two women aged between 19 and 23": numbers in a list after "aged". */
    private static boolean inAgeList(List<Token> tokens, Quantity q) {
        for (int k = q.start() - 1; k >= 0 && k >= q.start() - 10; k--) {
            String w = lower(tokens, k);
            if (w.equals("aged") || w.equals("ages") || w.equals("age")) {
                return true;
            }
            if (!isDigits(w) && !AGE_LIST_GLUE.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** "One of the girls, 15, suffered burns", "Ali Hassan, 42, was shot": digits between commas after a noun. */
    private static boolean isAge(List<Token> tokens, Quantity q, String before, String after, String text) {
        return before.equals(",") && after.equals(",") && q.end() - q.start() == 1 && isDigits(text)
                && q.value() != null && q.value() <= 120 && q.start() >= 2
                && (tokens.get(q.start() - 2).isPos("NOUN") || tokens.get(q.start() - 2).isPos("PROPN"));
    }

    /** Applies "at least", "more than", "up to", "some", "nearly"... found just before the number. */
    private static Quantity withModifier(List<Token> tokens, Quantity q) {
        if (q.value() == null) {
            return q;
        }
        int v = q.value();
        String one = q.start() >= 1 ? lower(tokens, q.start() - 1) : "";
        String two = q.start() >= 2 ? lower(tokens, q.start() - 2) + " " + one : "";
        String three = q.start() >= 3 ? lower(tokens, q.start() - 3) + " " + two : "";
        if (three.equals("as many as")) {
            return new Quantity(q.start() - 3, q.end(), v, null, v, false);
        }
        switch (two) {
            case "at least": return new Quantity(q.start() - 2, q.end(), v, v, null, false);
            case "more than", "upwards of": return new Quantity(q.start() - 2, q.end(), v, v == Integer.MAX_VALUE ? v : v + 1,
                    null, false);
            case "up to", "at most": return new Quantity(q.start() - 2, q.end(), v, null, v, false);
            case "fewer than", "less than": return v <= 0 ? Quantity.exact(q.start() - 2, q.end(), 0) // "fewer than 0"
                    : new Quantity(q.start() - 2, q.end(), v, null, v - 1, false);
            case "an estimated", "close to": return approx(q.withStart(q.start() - 2), v);
            default: break;
        }
        switch (one) {
            case "over": return new Quantity(q.start() - 1, q.end(), v, v == Integer.MAX_VALUE ? v : v + 1, null, false);
            case "some", "about", "around", "approximately", "roughly", "estimated", "circa":
                return approx(q.withStart(q.start() - 1), v);
            case "nearly", "almost":
                return new Quantity(q.start() - 1, q.end(), v, (int) Math.floor(v * 0.9), v, true);
            default: return q;
        }
    }

    /** An approximate figure allows 10% either way, so "some 200" and 190 do not conflict. */
    private static Quantity approx(Quantity q, int v) {
        return new Quantity(q.start(), q.end(), v, (int) Math.floor(v * 0.9), (int) Math.ceil(v * 1.1), true);
    }

    private boolean isPersonDemonym(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return false; // "a" ends the sentence: no noun after it
        }
        Demonym d = lexicons.demonyms().lookup(tokens.get(i).text());
        if (d == null) {
            return false;
        }
        boolean nounFollows = i + 1 < tokens.size() && tokens.get(i + 1).isPos("NOUN");
        return d.is(Demonym.Form.PERSON_SINGULAR) && !nounFollows;
    }

    /** "a Japanese hostage", "a British national": the noun decides later whether people are counted. */
    private boolean isNationalityBeforeNoun(List<Token> tokens, int i) {
        Demonym d = i < tokens.size() ? lexicons.demonyms().lookup(tokens.get(i).text()) : null;
        return d != null && d.is(Demonym.Form.ADJECTIVE) && i + 1 < tokens.size() && tokens.get(i + 1).isPos("NOUN");
    }

    /** A cheap test before the digit patterns (most words are not numbers). */
    static boolean startsWithDigit(String s) {
        return !s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9';
    }

    private static boolean isDigits(String s) {
        return startsWithDigit(s) && DIGITS.matcher(s).matches();
    }

    static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }
}
