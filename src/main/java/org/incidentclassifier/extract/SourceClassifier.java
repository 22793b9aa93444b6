package org.incidentclassifier.extract;

import java.util.List;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.facts.PlaceKind;
import org.incidentclassifier.facts.Source;
import org.incidentclassifier.facts.SourceKind;
import org.incidentclassifier.lexicon.ActorEntry;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.NameIndex;
import org.incidentclassifier.lexicon.OutletEntry;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.lexicon.PlaceEntry;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * Names a source phrase and says what kind of source it is: an outlet (outlets.csv), then the head word
 * (source-words.csv: "spokesman for the militants" is PERPETRATOR), then a title ("Major-General"), then an
 * actor of the lexicon (an armed group is PERPETRATOR), then a country alone ("Ireland said" is GOVERNMENT).
 */
final class SourceClassifier {
    private final Lexicons lexicons;

    SourceClassifier(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    SourceKind firstSourceWord(List<Token> words) {
        List<PhraseTable.Match<SourceKind>> found = lexicons.sourceWords().findAll(words);
        return found.isEmpty() ? titleKind(words) : found.get(0).value();
    }

    /** "Major-General John Enenche", "police spokesman Valery Gribakin": a title says what kind of source speaks. */
    private SourceKind titleKind(List<Token> words) {
        for (PhraseTable.Match<org.incidentclassifier.lexicon.Title> t : lexicons.titles().findAll(words)) {
            if (t.value().sourceKind() != SourceKind.UNKNOWN) {
                return t.value().sourceKind();
            }
        }
        return null;
    }

    /** Names and classifies a source phrase: outlet lexicon, then actor lexicon, then source words, then countries. */
    Source source(Sentence sentence, int start, int end, String via) {
        String text = sentence.textOf(start, end);
        String name = stripArticle(text);
        for (NameIndex.Match<OutletEntry> outlet : lexicons.outlets().find(text)) {
            return new Source(name, outlet.value().kind(), via);
        }
        SourceKind fromWords = null;
        List<Token> phrase = sentence.tokens().subList(start, end);
        for (PhraseTable.Match<SourceKind> m : lexicons.sourceWords().findAll(phrase)) {
            fromWords = m.value(); // the rightmost word is the head: "spokesman for the militants"
        }
        if (fromWords == null) {
            fromWords = titleKind(phrase);
        }
        if (fromWords != null) {
            return new Source(name, fromWords, via);
        }
        for (NameIndex.Match<ActorEntry> actor : lexicons.actors().find(text)) {
            return new Source(name, kindOf(actor.value().kind()), via);
        }
        for (NameIndex.Match<PlaceEntry> place : lexicons.places().find(text)) {
            if (place.value().kind() == PlaceKind.COUNTRY && place.end() - place.start() >= name.length() - 1) {
                return new Source(name, SourceKind.GOVERNMENT, via); // "Ireland said"
            }
        }
        return new Source(name, SourceKind.UNKNOWN, via);
    }

    private static SourceKind kindOf(ActorKind kind) {
        return switch (kind) {
            case ARMED_GROUP -> SourceKind.PERPETRATOR;
            case STATE_FORCE, OFFICIAL -> SourceKind.STATE_OFFICIAL;
            case GOVERNMENT_BODY -> SourceKind.GOVERNMENT;
            case COMPANY -> SourceKind.COMPANY;
            case MEDIA -> SourceKind.INDEPENDENT_MEDIA;
            default -> SourceKind.UNKNOWN;
        };
    }

    /**
     * The name without surrounding quotes, spaces and a leading article. Trimmed by scanning from each end
     * (a regex anchored at the end retried at every position of a long run of spaces was quadratic).
     */
    static String stripArticle(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isQuoteOrSpace(text.charAt(from), true)) {
            from++;
        }
        while (to > from && isQuoteOrSpace(text.charAt(to - 1), false)) {
            to--;
        }
        String name = text.substring(from, to);
        int space = 0;
        while (space < name.length() && !Character.isWhitespace(name.charAt(space))) {
            space++;
        }
        if (space < name.length() && name.substring(0, space).matches("(?i)the|a|an")) {
            name = name.substring(space);
        }
        return name.trim();
    }

    private static boolean isQuoteOrSpace(char c, boolean leading) {
        return Character.isWhitespace(c) || c == '"' || c == '\u201c' || c == '\u201d' || leading && c == '\'';
    }
}
