package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.lexicon.ActorEntry;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.NameIndex;
import org.incidentclassifier.lexicon.OutletEntry;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/** Actors of a sentence: lexicon names first, then the patterns of {@link ActorPatterns} where no lexicon name stands. */
final class ActorFinder {
    private final Lexicons lexicons;
    private final ActorPatterns patterns;

    ActorFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.patterns = new ActorPatterns(lexicons);
    }

    List<ActorAt> find(Sentence sentence, EvidenceLocator locator) {
        List<ActorAt> found = new ArrayList<>();
        for (NameIndex.Match<ActorEntry> m : lexicons.actors().find(sentence.text())) {
            ActorEntry a = m.value();
            int start = sentence.start() + m.start();
            int end = sentence.start() + m.end();
            found.add(new ActorAt(tokenAt(sentence, start), groupNounEnd(sentence, tokenEndAt(sentence, end)),
                    new ActorMention(a.id(), a.name(), m.alias(), a.kind(), emptyToNull(a.country()),
                            locator.locate(sentence.index(), start, end))));
        }
        for (NameIndex.Match<OutletEntry> m : lexicons.outlets().find(sentence.text())) {
            int start = sentence.start() + m.start();
            int end = sentence.start() + m.end();
            int from = tokenAt(sentence, start);
            int to = tokenEndAt(sentence, end);
            boolean overlaps = found.stream().anyMatch(a -> a.start() < to && from < a.end());
            if (!overlaps) {
                OutletEntry o = m.value();
                found.add(new ActorAt(from, to, new ActorMention(
                        ActorIds.slug(o.name()), o.name(), m.alias(), ActorKind.MEDIA, emptyToNull(o.country()),
                        locator.locate(sentence.index(), start, end))));
            }
        }
        List<Token> tokens = sentence.tokens();
        for (ActorPatterns.Found f : patterns.find(sentence)) {
            boolean overlaps = found.stream().anyMatch(a -> a.start() < f.end() && f.start() < a.end());
            if (!overlaps) {
                int start = tokens.get(f.start()).start();
                int end = tokens.get(f.end() - 1).end();
                found.add(new ActorAt(f.start(), f.end(), new ActorMention(f.id(), f.name(),
                        sentence.text().substring(start - sentence.start(), end - sentence.start()), f.kind(),
                        f.country(), locator.locate(sentence.index(), start, end))));
            }
        }
        found.sort(Comparator.comparingInt(ActorAt::start));
        return found;
    }

    /** "The "Red Crescent" brigade": the closing quote and the group noun belong to the name's phrase. */
    private int groupNounEnd(Sentence sentence, int end) {
        List<Token> tokens = sentence.tokens();
        int k = end;
        if (k < tokens.size() && tokens.get(k).text().matches("[\"\u201d']")) {
            k++;
        }
        var noun = lexicons.actorWords().longestAt(tokens, k);
        return noun != null && noun.value() == org.incidentclassifier.facts.ActorKind.ARMED_GROUP ? noun.end() : end;
    }

    /** Index of the token containing the character offset. */
    static int tokenAt(Sentence sentence, int offset) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Index just after the last token that starts before the character offset. */
    static int tokenEndAt(Sentence sentence, int offset) {
        List<Token> tokens = sentence.tokens();
        int end = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() < offset) {
                end = i + 1;
            }
        }
        return end;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
