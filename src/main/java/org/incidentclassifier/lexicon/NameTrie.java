package org.incidentclassifier.lexicon;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
        Building<V> root = new Building<>();
        names.forEach((name, value) -> {
            Building<V> node = root;
            for (int i = 0; i < name.length(); i++) {
                node = node.children.computeIfAbsent(name.charAt(i), c -> new Building<>());
            }
            node.hit = new Hit<>(-1, value, capitalised.contains(name));
        });
        return new NameTrie<>(root.freeze());
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

    /** A node while the names are added: children by character, in order. */
    private static final class Building<V> {
        final TreeMap<Character, Building<V>> children = new TreeMap<>();
        Hit<V> hit;

        @SuppressWarnings("unchecked")
        Node<V> freeze() {
            char[] keys = new char[children.size()];
            Node<V>[] frozen = new Node[children.size()];
            int k = 0;
            for (Map.Entry<Character, Building<V>> e : children.entrySet()) {
                keys[k] = e.getKey();
                frozen[k++] = e.getValue().freeze();
            }
            return new Node<>(keys, frozen, hit);
        }
    }
}
