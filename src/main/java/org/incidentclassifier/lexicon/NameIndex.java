package org.incidentclassifier.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names (actors, outlets, places, countries) in text by their lexicon spellings. Matching ignores case,
 * curly versus straight apostrophes and hyphen versus space ("al-Qaida" = "Al Qaida"), except for short
 * all-capital acronyms ("ANI", "IS", "AP"), which must match exactly so that ordinary words do not.
 * The longest name wins where names overlap. Immutable after {@link #build()}; thread-safe.
 */
public final class NameIndex<V> {
    /** A name found at [start, end) of the searched text. */
    public record Match<V>(int start, int end, String alias, V value) {}

    private final Map<String, V> folded = new HashMap<>();
    private final Map<String, V> exact = new HashMap<>();
    /** Folded one-word names that were written capitalised: "Dawn" the paper must not match "at dawn". */
    private final java.util.Set<String> capitalised = new java.util.HashSet<>();
    private final java.util.Set<String> spelledLowerCase = new java.util.HashSet<>();
    private Pattern foldedPattern;
    private Pattern exactPattern;

    /** Adds a spelling; returns the value already registered for it, or null. */
    public V add(String alias, V value) {
        String name = alias.trim();
        if (name.isEmpty()) {
            return null;
        }
        if (isAcronym(name)) {
            return exact.putIfAbsent(name, value);
        }
        if (name.indexOf(' ') < 0 && Character.isUpperCase(name.charAt(0))) {
            capitalised.add(fold(name));
        } else {
            spelledLowerCase.add(fold(name)); // "al-Qaida" as well as "Al-Qaida": either case may match
        }
        return folded.putIfAbsent(fold(name), value);
    }

    /** Replaces the value registered for a spelling (used while loading, before {@link #build()}). */
    void replace(String alias, V value) {
        String name = alias.trim();
        if (isAcronym(name)) {
            exact.put(name, value);
        } else {
            folded.put(fold(name), value);
        }
    }

    public NameIndex<V> build() {
        capitalised.removeAll(spelledLowerCase);
        foldedPattern = alternation(folded.keySet());
        exactPattern = alternation(exact.keySet());
        return this;
    }

    /** The value of a whole string spelled as one of the names, or null. */
    public V lookup(String name) {
        String trimmed = name.trim();
        V value = exact.get(trimmed);
        return value != null ? value : folded.get(fold(trimmed));
    }

    /** Non-overlapping matches, leftmost-longest. */
    public List<Match<V>> find(String text) {
        List<Match<V>> all = new ArrayList<>();
        collect(foldedPattern, fold(text), folded, text, all);
        collect(exactPattern, text, exact, text, all);
        all.sort(Comparator.<Match<V>>comparingInt(Match::start).thenComparing(m -> -(m.end() - m.start())));
        List<Match<V>> kept = new ArrayList<>();
        int covered = 0;
        for (Match<V> m : all) {
            if (m.start() >= covered) {
                kept.add(m);
                covered = m.end();
            }
        }
        return kept;
    }

    private void collect(Pattern pattern, String searched, Map<String, V> names, String original,
                         List<Match<V>> into) {
        if (pattern == null) {
            return;
        }
        Matcher m = pattern.matcher(searched);
        while (m.find()) {
            if (capitalised.contains(m.group(1)) && !Character.isUpperCase(original.charAt(m.start(1)))) {
                continue;
            }
            into.add(new Match<>(m.start(1), m.end(1), original.substring(m.start(1), m.end(1)),
                    names.get(m.group(1))));
        }
    }

    private static Pattern alternation(java.util.Set<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(");
        names.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .forEach(n -> regex.append(Pattern.quote(n)).append('|'));
        regex.setLength(regex.length() - 1);
        regex.append(")(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString());
    }

    static boolean isAcronym(String name) {
        return name.length() <= 6 && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && name.chars().anyMatch(Character::isLetter);
    }

    /** Case and punctuation folding that keeps the length, so offsets in folded text are offsets in the text. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case '\u2019', '\u2018', '`', '\u00b4' -> '\'';
                case '-', '\u2010', '\u2011', '\u2013', '\u00a0' -> ' ';
                default -> Character.toLowerCase(c);
            });
        }
        String folded = out.toString();
        return folded.length() == text.length() ? folded : text.toLowerCase(Locale.ROOT);
    }
}
