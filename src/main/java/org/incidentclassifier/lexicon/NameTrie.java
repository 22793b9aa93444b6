package org.incidentclassifier.lexicon;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The spellings of a {@link NameIndex} as a character trie: finds the longest spelling that starts at a
 * position and ends at a word boundary. Immutable once built.
 */
final class NameTrie {
    private final Node root = new Node();

    private NameTrie() {
    }

    /** A trie of the names, or null when there are none. */
    static NameTrie of(Collection<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        NameTrie trie = new NameTrie();
        for (String name : names) {
            Node node = trie.root;
            for (int i = 0; i < name.length(); i++) {
                node = node.children.computeIfAbsent(name.charAt(i), c -> new Node());
            }
            node.terminal = true;
        }
        return trie;
    }

    /** The end of the longest name at {@code start} that is not followed by a letter or digit; -1 if none. */
    int longestAt(String text, int start) {
        Node node = root;
        int longest = -1;
        for (int i = start; i < text.length(); i++) {
            node = node.children.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.terminal && (i + 1 == text.length() || !isWordChar(text.charAt(i + 1)))) {
                longest = i + 1;
            }
        }
        return longest;
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

    private static final class Node {
        final Map<Character, Node> children = new HashMap<>(4);
        boolean terminal;
    }
}
