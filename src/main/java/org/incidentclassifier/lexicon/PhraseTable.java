package org.incidentclassifier.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.nlp.Token;

/**
 * Phrases mapped to values (trigger kinds, claim statuses, subjects...), matched longest-first over tokens.
 * Immutable and thread-safe.
 */
public final class PhraseTable<V> {
    /** A phrase found in a token list: tokens [start, end) and the value it maps to. */
    public record Match<V>(int start, int end, PhrasePattern phrase, V value) {}

    private record Entry<V>(PhrasePattern phrase, V value) {}

    private final Map<String, List<Entry<V>>> byFirstStem = new HashMap<>();
    /** The entries of byFirstStem keyed "=word", by the word alone: looked up without building "=" + word. */
    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
    private final List<Entry<V>> byPos = new ArrayList<>();

    void add(PhrasePattern phrase, V value) {
        Entry<V> entry = new Entry<>(phrase, value);
        if (phrase.firstStems().isEmpty()) {
            byPos.add(entry);
        }
        for (String stem : phrase.firstStems()) {
            byFirstStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(entry);
            if (stem.startsWith("=")) {
                byFirstWord.computeIfAbsent(stem.substring(1), k -> new ArrayList<>()).add(entry);
            }
        }
    }

    /** The longest phrase starting at token {@code start}, or null (also when {@code start} is outside the tokens). */
    public Match<V> longestAt(List<Token> tokens, int start) {
        if (start < 0 || start >= tokens.size()) {
            return null;
        }
        Token token = tokens.get(start);
        // candidates in this order, the first of equal length winning: by stem, by exact word, by POS
        Match<V> best = longest(byFirstStem.get(token.stem()), tokens, start, null);
        best = longest(byFirstWord.get(token.lower()), tokens, start, best);
        return longest(byPos, tokens, start, best);
    }

    private static <V> Match<V> longest(List<Entry<V>> candidates, List<Token> tokens, int start, Match<V> best) {
        if (candidates == null) {
            return best;
        }
        for (Entry<V> entry : candidates) {
            int length = entry.phrase().matchLength(tokens, start);
            if (length > 0 && (best == null || length > best.end() - best.start())) {
                best = new Match<>(start, start + length, entry.phrase(), entry.value());
            }
        }
        return best;
    }

    /** All non-overlapping matches, left to right, longest first at each position. */
    public List<Match<V>> findAll(List<Token> tokens) {
        List<Match<V>> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Match<V> match = longestAt(tokens, i);
            if (match != null) {
                found.add(match);
                i = match.end() - 1;
            }
        }
        return found;
    }
}
