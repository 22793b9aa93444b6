package org.incidentclassifier.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentclassifier.nlp.Token;
import org.incidentclassifier.nlp.WordStemmer;

/**
 * A phrase as analysts write it in trigger and word lexicons, matched against tokens:
 * <ul>
 *   <li>a word matches any inflection of it ("kill" matches "killed", "killing");</li>
 *   <li>{@code a|b} matches either word;</li>
 *   <li>{@code =word} matches that exact form only, for words whose stem collides with others
 *       ("=explosion" must not match "explosives");</li>
 *   <li>{@code @DET} matches a token with that Universal Dependencies POS tag (NOUN, PROPN, VERB, NUM...);</li>
 *   <li>{@code ...} skips up to four tokens ("take ... hostage" matches "took hundreds of theatergoers hostage").</li>
 * </ul>
 */
public final class PhrasePattern {
    private static final int MAX_GAP = 4;
    private final String source;
    private final List<Element> elements;

    private sealed interface Element permits Words, Pos, Gap {}

    private record Words(Set<String> stems) implements Element {}

    private record Pos(String tag) implements Element {}

    private record Gap() implements Element {}

    private PhrasePattern(String source, List<Element> elements) {
        this.source = source;
        this.elements = List.copyOf(elements);
    }

    /** Parses a phrase; throws IllegalArgumentException with a message for the analyst when malformed. */
    public static PhrasePattern parse(String phrase, WordStemmer stemmer) {
        List<Element> elements = new ArrayList<>();
        for (String part : phrase.trim().split("\\s+")) {
            if (part.equals("...")) {
                elements.add(new Gap());
            } else if (part.startsWith("@")) {
                String tag = part.substring(1);
                if (!tag.matches("[A-Z]+")) {
                    throw new IllegalArgumentException("'" + part + "' is not a POS tag such as @NOUN or @DET");
                }
                elements.add(new Pos(tag));
            } else {
                elements.add(new Words(Arrays.stream(part.split("\\|"))
                        .map(w -> w.startsWith("=") ? w.toLowerCase(java.util.Locale.ROOT) : stemmer.stem(w))
                        .collect(Collectors.toUnmodifiableSet())));
            }
        }
        if (elements.isEmpty() || elements.get(0) instanceof Gap || elements.get(elements.size() - 1) instanceof Gap) {
            throw new IllegalArgumentException("phrase '" + phrase + "' must start and end with a word");
        }
        return new PhrasePattern(phrase.trim(), elements);
    }

    public String source() {
        return source;
    }

    /** The stems the first token may have (for indexing), empty when it is a POS element. */
    Set<String> firstStems() {
        return elements.get(0) instanceof Words words ? words.stems() : Set.of();
    }

    /** Number of tokens matched starting at {@code start}, or -1 when the phrase does not match there. */
    public int matchLength(List<Token> tokens, int start) {
        return match(tokens, start, 0);
    }

    private int match(List<Token> tokens, int at, int element) {
        if (element == elements.size()) {
            return 0;
        }
        Element e = elements.get(element);
        if (e instanceof Gap) {
            for (int skip = 0; skip <= MAX_GAP && at + skip <= tokens.size(); skip++) {
                int rest = match(tokens, at + skip, element + 1);
                if (rest >= 0) {
                    return skip + rest;
                }
            }
            return -1;
        }
        if (at >= tokens.size() || !matches(e, tokens.get(at))) {
            return -1;
        }
        int rest = match(tokens, at + 1, element + 1);
        return rest < 0 ? -1 : rest + 1;
    }

    private static boolean matches(Element e, Token token) {
        if (e instanceof Words words) {
            return words.stems().contains(token.stem()) || words.stems().contains("=" + token.lower());
        }
        return token.pos().startsWith(((Pos) e).tag());
    }

    @Override
    public String toString() {
        return source;
    }
}
