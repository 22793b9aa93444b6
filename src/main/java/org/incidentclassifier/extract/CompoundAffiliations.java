package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.RelationCue;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * Actors named inside a compound word that states a relation: "al-Qaida-linked", "Al-Qaeda linked" (a
 * relations.csv COMPOUND cue after the name), "pro-Islamic State" (a PREFIX cue before it).
 */
final class CompoundAffiliations {
    /** Words after a compound cue that make it a cue of its own: "Al-Shabaab linked to ...". */
    private static final Set<String> NOT_COMPOUND = Set.of("to", "with", "by", "in", "from");
    /** The cue patterns, compiled once each (they were compiled for every actor of every sentence). */
    private static final Map<String, Pattern> CUE_PATTERNS = new ConcurrentHashMap<>();
    private final Lexicons lexicons;

    CompoundAffiliations(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    private static Pattern cached(String regex) {
        return CUE_PATTERNS.computeIfAbsent(regex, Pattern::compile);
    }

    /** An actor inside a compound word: "al-Qaida-linked", "Al-Qaeda linked", "pro-Islamic State"; the phrase ends at {@code end}. */
    record Compound(ActorAt actor, RelationCue cue, int end) {}

    /** The compounds of the sentence's actors. */
    List<Compound> find(Sentence sentence, List<ActorAt> actors) {
        List<Token> tokens = sentence.tokens();
        String text = sentence.text();
        List<Compound> found = new ArrayList<>();
        for (ActorAt a : actors) {
            int[] span = nameSpan(sentence, a);
            if (span == null) {
                continue;
            }
            int from = span[0];
            int to = span[1];
            String before = text.substring(Math.max(0, from - 8), from).toLowerCase(Locale.ROOT);
            String after = text.substring(to, Math.min(text.length(), to + 16)).toLowerCase(Locale.ROOT);
            for (RelationCue cue : lexicons.relationAffixes()) {
                String word = cue.phrase().toLowerCase(Locale.ROOT);
                if (cue.shape() == RelationCue.Shape.PREFIX
                        && cached("(?s).*\\b" + word + "[-\u2010\u2011]").matcher(before).matches()) {
                    found.add(new Compound(a, cue, a.end()));
                } else if (cue.shape() == RelationCue.Shape.COMPOUND
                        && cached("(?s)[-\u2010\u2011 ]" + word + "\\b.*").matcher(after).matches()) {
                    int end = ActorFinder.tokenEndAt(sentence, sentence.start() + to + 1 + word.length());
                    if (end < tokens.size() && NOT_COMPOUND.contains(tokens.get(end).lower())) {
                        continue; // "Al-Shabaab linked to ...": a cue of its own, not a compound
                    }
                    found.add(new Compound(a, cue, end));
                }
            }
        }
        return found;
    }

    /** Where the name itself stands in the sentence's text: it may start or end inside a token ("pro-Islamic State"). */
    private static int[] nameSpan(Sentence sentence, ActorAt a) {
        List<Token> tokens = sentence.tokens();
        int spanStart = tokens.get(a.start()).start() - sentence.start();
        int spanEnd = tokens.get(Math.min(a.end(), tokens.size()) - 1).end() - sentence.start();
        String matched = a.mention().matchedText();
        int at = matched == null || spanStart < 0 || spanEnd > sentence.text().length() ? -1
                : sentence.text().substring(spanStart, spanEnd).indexOf(matched);
        return at < 0 ? null : new int[] {spanStart + at, spanStart + at + matched.length()};
    }
}
