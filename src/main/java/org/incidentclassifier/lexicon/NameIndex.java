package org.incidentclassifier.lexicon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds names (actors, outlets, places, countries) in text by their lexicon spellings. Matching ignores case,
 * curly versus straight apostrophes and hyphen versus space ("al-Qaida" = "Al Qaida"), except for short
 * all-capital acronyms ("ANI", "IS", "AP"), which must match exactly so that ordinary words do not.
 * The longest name wins where names overlap. Immutable after {@link #build()}; thread-safe.
 *
 * <p>Names are kept in a character trie and looked up only where a word starts: one pass over the text,
 * whatever the size of the lexicon (a single regex alternation of thousands of names, tried at every
 * character, cost a third of a batch's time).
 */
public final class NameIndex<V> {
    /** A name found at [start, end) of the searched text. */
    public record Match<V>(int start, int end, String alias, V value) {}

    private final Map<String, V> folded = new HashMap<>();
    private final Map<String, V> exact = new HashMap<>();
    /** Folded one-word names that were written capitalised: "Dawn" the paper must not match "at dawn". */
    private final java.util.Set<String> capitalised = new java.util.HashSet<>();
    private final java.util.Set<String> spelledLowerCase = new java.util.HashSet<>();
    private NameTrie<V> foldedTrie;
    private NameTrie<V> exactTrie;

    /** Adds a spelling; returns the value already registered for it, or null. */
    public V add(String alias, V value) {
        String name = alias.trim();
        if (name.isEmpty()) {
            return null;
        }
        if (isAcronym(name)) {
            return exact.putIfAbsent(name, value);
        }
        String key = fold(name);
        if (name.indexOf(' ') < 0 && Character.isUpperCase(name.charAt(0))) {
            capitalised.add(key);
        } else {
            spelledLowerCase.add(key); // "al-Qaida" as well as "Al-Qaida": either case may match
        }
        return folded.putIfAbsent(key, value);
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
        foldedTrie = NameTrie.of(folded, capitalised);
        exactTrie = NameTrie.of(exact, capitalised);
        return this;
    }

    /** The value of a whole string spelled as one of the names, or null. */
    public V lookup(String name) {
        String trimmed = name.trim();
        V value = exact.get(trimmed);
        return value != null ? value : folded.get(fold(trimmed));
    }

    /** Non-overlapping matches in text order; where names overlap the longest wins (then the leftmost). */
    public List<Match<V>> find(String text) {
        Searched searched = Searched.of(text);
        List<Match<V>> all = new ArrayList<>();
        collect(foldedTrie, searched.folded, searched, all);
        collect(exactTrie, text, searched, all);
        if (all.size() < 2) {
            return all; // nothing can overlap: the common case
        }
        // the longest name wins where names overlap, even when it starts later: "the Islamic State in the Greater
        // Sahara" is the Sahara group, not "the Islamic State" followed by loose words
        all.sort(Comparator.<Match<V>>comparingInt(m -> -(m.end() - m.start())).thenComparingInt(Match::start));
        List<Match<V>> kept = new ArrayList<>();
        BitSet taken = new BitSet(text.length()); // the characters of names kept: linear in the text, not quadratic
        for (Match<V> m : all) {
            int clash = taken.nextSetBit(m.start());
            if (clash < 0 || clash >= m.end()) {
                kept.add(m);
                taken.set(m.start(), m.end());
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    /** The longest name starting at each word start, left to right, names inside a longer one included. */
    private void collect(NameTrie<V> trie, String text, Searched searched, List<Match<V>> into) {
        if (trie == null) {
            return;
        }
        String original = searched.text;
        for (int w = 0; w < searched.wordStarts.length; w++) {
            int i = searched.wordStarts[w];
            NameTrie.Hit<V> hit = trie.longestAt(text, i);
            // a capitalised one-word name ("Dawn" the paper) is skipped where the text writes it lower-case
            if (hit != null && (!hit.capitalised() || Character.isUpperCase(original.charAt(i)))) {
                into.add(new Match<>(i, hit.end(), original.substring(i, hit.end()), hit.value()));
            }
        }
    }

    /**
     * A text prepared for the search: folded, and where its words start. Every name index searches each sentence
     * (actors and outlets in ActorFinder, places in MentionFinder, ...), so the last text prepared on a thread is
     * kept and reused when the same string (by identity: strings are immutable) is searched again.
     */
    private static final class Searched {
        private static final ThreadLocal<Searched> LAST = new ThreadLocal<>();
        final String text;
        final String folded;
        final int[] wordStarts;

        private Searched(String text) {
            this.text = text;
            this.folded = fold(text);
            int[] starts = new int[text.length()];
            int count = 0;
            boolean afterWordChar = false;
            for (int i = 0; i < text.length(); i++) {
                // folding keeps letters and digits letters and digits, so word starts are the same in both texts
                boolean wordChar = NameTrie.isWordChar(folded.charAt(i));
                if (!afterWordChar) {
                    starts[count++] = i;
                }
                afterWordChar = wordChar;
            }
            this.wordStarts = java.util.Arrays.copyOf(starts, count);
        }

        static Searched of(String text) {
            Searched last = LAST.get();
            if (last == null || last.text != text) {
                last = new Searched(text);
                LAST.set(last);
            }
            return last;
        }
    }

    static boolean isAcronym(String name) {
        return name.length() <= 6 && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && name.chars().anyMatch(Character::isLetter);
    }

    /** Case and punctuation folding that keeps the length, so offsets in folded text are offsets in the text. */
    static String fold(String text) {
        // most words are folded already (lower case, no hyphen): then the text itself, with nothing copied
        int i = 0;
        while (i < text.length() && folded(text.charAt(i)) == text.charAt(i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char[] out = text.toCharArray();
        for (; i < out.length; i++) {
            out[i] = folded(out[i]);
        }
        return new String(out);
    }

    private static char folded(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '`', '\u00b4' -> '\'';
            case '-', '\u2010', '\u2011', '\u2013', '\u00a0' -> ' ';
            default -> Character.toLowerCase(c);
        };
    }
}
