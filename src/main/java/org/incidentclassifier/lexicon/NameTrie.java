package org.incidentclassifier.lexicon;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The spellings of a {@link NameIndex} as a character trie: finds the longest spelling that starts at a
 * position and ends at a word boundary, with the value it names. Immutable once built; thread-safe.
 *
 * <p>Each node keeps its children as a sorted array of characters searched by bisection: a map of boxed
 * characters per node cost a hash lookup per character of text, and the search runs at every word start.
 */
final class NameTrie<V> {
    /** The longest name found: it ends at {@code end}; {@code capitalised} as {@link NameIndex} keeps them. */
    record Hit<V>(int end, V value, boolean capitalised) {}

    private final Node<V> root;

    private NameTrie(Node<V> root) {
        this.root = root;
    }

    /** A trie of the names with their values, or null when there are none. */
    static <V> NameTrie<V> of(Map<String, V> names, Set<String> capitalised) {
        if (names.isEmpty()) {
            return null;
        }
        // built from the names in sorted order, one node per run of names sharing a prefix: no map per node
        // (a TreeMap of boxed characters per node made building the tries most of the lexicons' load time)
        String[] sorted = names.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        return new NameTrie<>(build(sorted, 0, sorted.length, 0, names, capitalised));
    }

    /** The node of the names in {@code sorted[from, to)}, which share their first {@code depth} characters. */
    @SuppressWarnings("unchecked")
    private static <V> Node<V> build(String[] sorted, int from, int to, int depth, Map<String, V> names,
                                     Set<String> capitalised) {
        Hit<V> hit = null;
        if (sorted[from].length() == depth) { // sorted first, as a prefix of the others; names are distinct
            hit = new Hit<>(-1, names.get(sorted[from]), capitalised.contains(sorted[from]));
            from++;
        }
        int count = 0;
        for (int i = from; i < to; count++) {
            i = runEnd(sorted, i, to, depth);
        }
        char[] keys = new char[count];
        Node<V>[] children = new Node[count];
        int k = 0;
        for (int i = from; i < to; k++) {
            int end = runEnd(sorted, i, to, depth);
            keys[k] = sorted[i].charAt(depth);
            children[k] = build(sorted, i, end, depth + 1, names, capitalised);
            i = end;
        }
        return new Node<>(keys, children, hit);
    }

    /** The end of the run of names from {@code i} with the same character at {@code depth}. */
    private static int runEnd(String[] sorted, int i, int to, int depth) {
        char c = sorted[i].charAt(depth);
        int end = i + 1;
        while (end < to && sorted[end].charAt(depth) == c) {
            end++;
        }
        return end;
    }

    /** The longest name at {@code start} that is not followed by a letter or digit, with its end; null if none. */
    Hit<V> longestAt(String text, int start) {
        Node<V> node = root;
        Hit<V> longest = null;
        int longestEnd = -1;
        for (int i = start; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.hit != null && (i + 1 == text.length() || !isWordChar(text.charAt(i + 1)))) {
                longest = node.hit;
                longestEnd = i + 1;
            }
        }
        return longest == null ? null : new Hit<>(longestEnd, longest.value(), longest.capitalised());
    }

    /** A letter or a number of any script: what may not stand right before or after a name. */
    static boolean isWordChar(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static final class Node<V> {
        final char[] keys;
        final Node<V>[] children;
        final Hit<V> hit;

        Node(char[] keys, Node<V>[] children, Hit<V> hit) {
            this.keys = keys;
            this.children = children;
            this.hit = hit;
        }

        Node<V> child(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }
    }
}
