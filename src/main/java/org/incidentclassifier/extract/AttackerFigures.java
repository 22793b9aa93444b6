package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;

/**
 * Finds how many attackers a sentence counts: a number whose noun the subject lexicon counts as perpetrators
 * ("four gunmen", "five heavily armed militants", "a lone gunman", "a pair of attackers"). Vague figures ("dozens
 * of militants") give no number and are left out, and so are parts ("two of the gunmen") and figures that are
 * already claims of what happened to the attackers ("two gunmen were killed"): the caller passes those spans.
 */
final class AttackerFigures {
    /** A number of attackers over tokens [start, end). */
    record Found(Quantity quantity, int start, int end) {}

    /** Adjectives that may stand between the number and the attacker noun; at most two are skipped. */
    private static final Set<String> SINGLE = Set.of("lone", "single", "sole");
    private static final Set<String> PARTITIVE_HEADS = Set.of("the", "these", "those", "its", "their", "them");

    private final QuantityFinder quantities;
    private final PhraseTable<Subject> subjects;

    AttackerFigures(Lexicons lexicons) {
        this.quantities = new QuantityFinder(lexicons);
        this.subjects = lexicons.subjects();
    }

    /** The attacker figures of a sentence, leaving out the token spans of figures that are count claims. */
    List<Found> find(List<Token> tokens, List<int[]> claimSpans) {
        List<Found> found = new ArrayList<>();
        for (Quantity q : candidates(tokens)) {
            if (q.value() == null || overlaps(q, claimSpans)) {
                continue;
            }
            int noun = attackerNounAfter(tokens, q.end());
            if (noun >= 0) {
                found.add(new Found(q, q.start(), noun + 1));
            }
        }
        return found;
    }

    private List<Quantity> candidates(List<Token> tokens) {
        List<Quantity> all = new ArrayList<>(quantities.find(tokens));
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String article = tokens.get(i).lower();
            if ((article.equals("a") || article.equals("the")) && SINGLE.contains(tokens.get(i + 1).lower())) {
                all.add(Quantity.exact(i, i + 2, 1)); // "a lone gunman", "the single attacker"
            }
        }
        return all;
    }

    /** The index of the attacker noun right after a number (past "of" and up to two adjectives), else -1. */
    private int attackerNounAfter(List<Token> tokens, int from) {
        int i = from;
        if (i < tokens.size() && tokens.get(i).lower().equals("of")) {
            if (i + 1 < tokens.size() && PARTITIVE_HEADS.contains(tokens.get(i + 1).lower())) {
                return -1; // "two of the gunmen": a part of the attackers, not their number
            }
            i++;
        }
        for (int skipped = 0; i < tokens.size() && skipped <= 2; skipped++, i++) {
            PhraseTable.Match<Subject> m = subjects.longestAt(tokens, i);
            if (m != null) {
                // "195 pirate attacks", "three militant groups": the attacker word modifies another noun
                boolean modifier = m.end() < tokens.size() && tokens.get(m.end()).isPos("NOUN");
                return m.value() == Subject.PERPETRATORS && !modifier ? m.end() - 1 : -1;
            }
            Token t = tokens.get(i);
            if (!(t.isPos("ADJ") || t.isPos("ADV") || t.isPos("VERB") && t.lower().endsWith("ed")
                    || t.lower().equals("suicide"))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean overlaps(Quantity q, List<int[]> spans) {
        return spans.stream().anyMatch(s -> q.start() < s[1] && s[0] < q.end());
    }
}
