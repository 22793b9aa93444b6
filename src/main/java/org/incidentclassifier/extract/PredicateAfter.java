package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;
import org.incidentclassifier.phrase.SentencePhrases;
import org.incidentclassifier.phrase.VerbGroup;

/**
 * The predicate after a counted group, which says what happened to it: "were killed", "had escaped", "are reported
 * to have escaped". Between the group and its status words stand asides, coordinated groups ("35 hostages and 15
 * captors were killed"), auxiliaries, adverbs and reporting verbs that hedge ("are feared to"): walking over them
 * is a concern of its own, apart from {@link ClaimExtractor}'s choice between the predicate after, the verb before
 * and the participle inside the group.
 */
final class PredicateAfter {
    private static final Set<String> OPENERS = Set.of("\u2014", "\u2013", "-", "(", ":");
    private static final Set<String> AUXILIARIES = Set.of("to", "have", "has", "had", "having", "be", "been",
            "being", "is", "are", "was", "were", "still", "also", "all", "both", "reportedly");
    /** Conjunctions the tagger may call adverbs: "arrested 350 militants and killed 23 others" joins two verbs. */
    private static final Set<String> CLAUSE_JOINERS = Set.of("and", "or", "but", "where", "while", "when", "then");
    /** Two-word adverbials of time a predicate may follow: "are at present missing". */
    private static final Set<String> TIME_ADVERBIALS = Set.of("at present", "so far", "for now", "as yet", "by now",
            "by then");
    private static final Set<String> REPORTING = Set.of("report", "say", "believ", "thought", "think", "fear",
            "known", "understood", "confirm", "feared", "seem", "appear");

    private final Lexicons lexicons;

    PredicateAfter(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The status the predicate gives, where its status words start and end, and whether it is hedged. */
    record Found(ClaimStatus status, int at, int end, boolean hedged) {}

    /** The predicate after the group: "were killed", "had escaped", "are reported to have escaped". */
    Found find(List<Token> tokens, SentencePhrases phrases, List<CountedGroup> all, int index) {
        int i = all.get(index).end();
        int next = index + 1;
        boolean hedged = false;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            String w = t.lower();
            while (next < all.size() && all.get(next).start() < i) {
                next++; // groups inside an aside already skipped
            }
            if (next < all.size() && all.get(next).start() <= i + 1 && GroupFinder.onlyListGlue(tokens, i, all.get(next).start())) {
                i = all.get(next).end(); // "35 hostages and 15 captors were killed": share the predicate
                next++;
            } else if ((w.equals("and") || w.equals("or")) && i + 1 < tokens.size()
                    && coordinatedSubjectEnd(tokens, i + 1) > 0) {
                // "100 women and children had been let out", "Two hostages and the gunman were killed"
                i = coordinatedSubjectEnd(tokens, i + 1);
            } else if (OPENERS.contains(w) || w.equals(",") && isAppositive(tokens, i)) {
                i = closeOf(tokens, i);
            } else if (TIME_ADVERBIALS.contains(w + " " + QuantityFinder.lower(tokens, i + 1))) {
                i += 2; // "187 students are at present missing", "40 are so far unaccounted for"
            } else if ((t.isPos("AUX") || t.isPos("ADV") || AUXILIARIES.contains(w)) && !CLAUSE_JOINERS.contains(w)) {
                // "and" tagged as an auxiliary still joins two verbs: "arrested 350 militants and/AUX killed 23 others"
                hedged |= w.equals("reportedly");
                i++;
            } else if (REPORTING.contains(t.stem()) && "to".equals(QuantityFinder.lower(tokens, i + 1))) {
                hedged |= !t.stem().equals("report") && !t.stem().equals("say");
                i += 2;
            } else if (w.equals("among") && i + 2 < tokens.size()) {
                PhraseTable.Match<ClaimStatus> m = lexicons.statuses().longestAt(tokens, i + 2);
                return m == null ? null : new Found(m.value(), i + 2, m.end(), hedged);
            } else if (reducedRelative(tokens, phrases, i)) {
                return null; // "officers held hostage by the gunmen were freed": the clause's verb decides
            } else {
                PhraseTable.Match<ClaimStatus> m = lexicons.statuses().longestAt(tokens, i);
                // "50 people were taken to hospital": a bare "take" only counts before its object.
                boolean predicate = (t.isPos("VERB") || t.isPos("ADJ") || t.isPos("AUX") || placePredicate(tokens, m, i))
                        && !(m != null && m.phrase().source().equals("take"));
                if (m == null && t.isPos("VERB")) {
                    return secondParticiple(tokens, i, hedged);
                }
                return m != null && predicate ? new Found(m.value(), i, m.end(), hedged || w.equals("feared")) : null;
            }
        }
        return null;
    }

    /**
     * "14 passengers were pulled off buses on the highway and killed": the first participle says nothing of the
     * people's fate, the one joined to it by "and" in the same clause does.
     */
    private Found secondParticiple(List<Token> tokens, int verb, boolean hedged) {
        for (int k = verb + 1; k < Math.min(tokens.size() - 1, verb + 10); k++) {
            Token t = tokens.get(k);
            if (t.lower().equals("and")) {
                PhraseTable.Match<ClaimStatus> m = lexicons.statuses().longestAt(tokens, k + 1);
                // "and killed", "and shot dead" (a verb with its particle, whatever the tag of "shot")
                boolean participle = tokens.get(k + 1).isPos("VERB") && tokens.get(k + 1).lower().endsWith("ed")
                        || m != null && m.end() - m.start() >= 2 && !tokens.get(k + 1).isPos("DET");
                return m != null && participle && !m.phrase().source().equals("take")
                        ? new Found(m.value(), k + 1, m.end(), hedged) : null;
            }
            if (t.isPos("PUNCT") || t.isPos("VERB") || t.isPos("AUX") || t.isPos("NUM") || t.isPos("SCONJ")) {
                return null; // another clause, or another figure
            }
        }
        return null;
    }

    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "remain", "remains",
            "remained", "still", "now");

    /** "five men are in custody", "two were still in critical condition": a phrase opened by a preposition, after a copula. */
    private static boolean placePredicate(List<Token> tokens, PhraseTable.Match<ClaimStatus> m, int i) {
        return m != null && m.end() - m.start() >= 2 && tokens.get(i).isPos("ADP") && i > 0
                && COPULAS.contains(tokens.get(i - 1).lower());
    }

    /** A participle right after the counted phrase that the phrase layer reads as describing it. */
    private static boolean reducedRelative(List<Token> tokens, SentencePhrases phrases, int i) {
        if (!tokens.get(i).isPos("VERB") && !tokens.get(i).isPos("ADJ")) {
            return false;
        }
        VerbGroup v = phrases.verbAt(i);
        return v != null && v.form() == VerbGroup.Form.REDUCED_RELATIVE;
    }

    /** The end of a bare or determined people noun ("children", "the gunman"), or -1. */
    private int coordinatedSubjectEnd(List<Token> tokens, int from) {
        int at = from < tokens.size() && tokens.get(from).isPos("DET") ? from + 1 : from;
        PhraseTable.Match<Subject> m = lexicons.subjects().longestAt(tokens, at);
        return m == null ? -1 : m.end();
    }

    /** ", including a French couple," / ", one British and one Algerian," */
    private static boolean isAppositive(List<Token> tokens, int comma) {
        String next = QuantityFinder.lower(tokens, comma + 1);
        return next.equals("including") || next.equals("among") || next.equals("mostly")
                || next.equals("one") || next.equals("two") || next.equals("all") || next.equals("most")
                || next.equals("who") || next.equals("which");
    }

    /** Index just after the closer of an aside opened at {@code open}; dashes, brackets, commas. */
    private static int closeOf(List<Token> tokens, int open) {
        String opener = tokens.get(open).text();
        String closer = opener.equals("(") ? ")" : opener;
        for (int k = open + 1; k < tokens.size(); k++) {
            String w = tokens.get(k).text();
            if (w.equals(closer) || opener.equals(":") && w.equals(",")) {
                return k + 1;
            }
        }
        return tokens.size();
    }
}
