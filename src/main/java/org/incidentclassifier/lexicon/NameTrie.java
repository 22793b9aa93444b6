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
 * A chain of characters that neither branches nor ends a name is kept as one node with that run of characters
 * as its label (most of a long name's characters): building a node per character was most of the lexicons'
 * load time (about 17,000 actor spellings of 26 characters on average).
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
        return new NameTrie<>(new Builder<>(sorted, names, capitalised).node(0, sorted.length, 0, 0));
    }

    /** Builds the nodes of the sorted names; holds what every node's construction needs. */
    private record Builder<V>(String[] sorted, Map<String, V> names, Set<String> capitalised) {
        /**
         * The node of the names in {@code sorted[from, to)}, which share their first {@code depth} characters;
         * its label is their characters from {@code labelStart} to where they branch or one of them ends.
         */
        @SuppressWarnings("unchecked")
        Node<V> node(int from, int to, int labelStart, int depth) {
            String first = sorted[from];
            String last = sorted[to - 1];
            // sorted, so the names of the range share the prefix the first and the last share
            while (first.length() > depth && last.length() > depth && first.charAt(depth) == last.charAt(depth)) {
                depth++;
            }
            char[] label = labelStart == depth ? NO_LABEL : first.substring(labelStart, depth).toCharArray();
            Hit<V> hit = null;
            if (first.length() == depth) { // sorted first, as a prefix of the others; names are distinct
                hit = new Hit<>(-1, names.get(first), capitalised.contains(first));
                from++;
            }
            int[] runEnds = new int[Math.min(to - from, Character.MAX_VALUE + 1)];
            int count = 0;
            for (int i = from; i < to; count++) {
                i = runEnd(i, to, depth);
                runEnds[count] = i;
            }
            char[] keys = new char[count];
            Node<V>[] children = new Node[count];
            for (int k = 0, i = from; k < count; i = runEnds[k], k++) {
                keys[k] = sorted[i].charAt(depth);
                children[k] = node(i, runEnds[k], depth + 1, depth + 1);
            }
            return new Node<>(label, keys, children, hit);
        }

        /** The end of the run of names from {@code i} with the same character at {@code depth}: bisection. */
        private int runEnd(int i, int to, int depth) {
            char c = sorted[i].charAt(depth);
            int low = i + 1;
            int high = to;
            while (low < high) { // the first index in (i, to) whose character at depth differs; sorted, so a bisection
                int mid = (low + high) >>> 1;
                if (sorted[mid].charAt(depth) == c) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }

    private static final char[] NO_LABEL = new char[0];

    /** The longest name at {@code start} that is not followed by a letter or digit, with its end; null if none. */
    Hit<V> longestAt(String text, int start) {
        Node<V> node = root;
        Hit<V> longest = null;
        int longestEnd = -1;
        int i = start;
        while (true) {
            char[] label = node.label;
            if (i + label.length > text.length()) {
                break;
            }
            int l = 0;
            while (l < label.length && text.charAt(i + l) == label[l]) {
                l++;
            }
            if (l < label.length) {
                break;
            }
            i += label.length;
            if (node.hit != null && (i == text.length() || !isWordChar(text.charAt(i)))) {
                longest = node.hit;
                longestEnd = i;
            }
            if (i == text.length()) {
                break;
            }
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            i++;
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

    /** The characters after the key that leads here ({@code label}), then a name's end or a branch. */
    private static final class Node<V> {
        final char[] label;
        final char[] keys;
        final Node<V>[] children;
        final Hit<V> hit;

        Node(char[] label, char[] keys, Node<V>[] children, Hit<V> hit) {
            this.label = label;
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
