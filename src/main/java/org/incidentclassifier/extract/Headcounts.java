package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.lexicon.FigureCue;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;

/**
 * Finds how many people were in a group present: "48 passengers and crew on board", "a bus carrying 22 people",
 * "a crew of 19", "300 students were at the school" (a PRESENT or HEADCOUNT cue of figure-cues.csv beside the
 * figure), and the whole of a partitive ("12 of the 10 passengers": the 10). A figure that already says what
 * happened to the people ("53 passengers were released") is a claim, not a headcount; one marked as extra
 * ("ten more passengers", "another 20 people") counts people from elsewhere.
 */
final class Headcounts {
    /** A headcount over tokens [start, end): the quantity, the group's subject and its words. */
    record Found(int start, int end, Quantity quantity, Subject subject, String words, boolean partitiveWhole) {}

    private static final Set<String> EXTRA = Set.of("more", "other", "another", "additional", "further", "extra");

    private final Lexicons lexicons;
    private final QuantityFinder quantities;
    private final GroupFinder groups;

    Headcounts(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.quantities = new QuantityFinder(lexicons);
        this.groups = new GroupFinder(lexicons);
    }

    /**
     * The headcounts of a sentence; {@code claimed}: the token spans of its claims, with their statuses (a
     * figure of people held is still a headcount: "a jet carrying 113 people was hijacked").
     */
    List<Found> find(List<Token> tokens, List<int[]> claimed, List<ClaimStatus> statuses) {
        List<Found> found = new ArrayList<>();
        for (Quantity q : quantities.find(tokens)) {
            Found whole = partitiveWhole(tokens, q);
            if (whole != null) {
                found.add(whole);
                continue;
            }
            if (isExtra(tokens, q) || claimedOtherwise(q, claimed, statuses)) {
                continue;
            }
            CountedGroup g = groups.group(tokens, q);
            Found named = g == null ? namedByCue(tokens, q) : null;
            if (named != null) {
                found.add(named);
                continue;
            }
            // one nationality of a list ("3 Russians and one Ukrainian are ...") is a part, not a group present
            if (g != null && g.status() == null && !g.partitive() && g.subject() != Subject.PERPETRATORS
                    && !g.isNationalityOnly() && cued(tokens, q, g)) {
                int end = cueEnd(tokens, g);
                found.add(new Found(q.start(), end, q, g.subject(), words(tokens, q.end(), cueStart(tokens, g)), false));
            }
        }
        return found;
    }

    /** "a crew of 19": the cue before the bare number names the group. */
    private Found namedByCue(List<Token> tokens, Quantity q) {
        for (int k = Math.max(0, q.start() - 3); k < q.start(); k++) {
            PhraseTable.Match<FigureCue> m = lexicons.figureCues().longestAt(tokens, k);
            if (m == null || m.value() != FigureCue.HEADCOUNT || m.end() != q.start()) {
                continue;
            }
            for (int j = m.start(); j < m.end(); j++) {
                PhraseTable.Match<Subject> s = lexicons.subjects().longestAt(tokens, j);
                if (s != null && s.value() != Subject.PERPETRATORS) {
                    return new Found(m.start(), q.end(), q, s.value(), words(tokens, s.start(), s.end()), false);
                }
            }
        }
        return null;
    }

    /** "12 of the 10 passengers", "14 out of 129 students": the whole is a headcount whatever the part's status. */
    private Found partitiveWhole(List<Token> tokens, Quantity q) {
        int last = q.end() - 1;
        String before = QuantityFinder.lower(tokens, last - 1);
        if (q.end() - q.start() < 3 || !before.equals("the") && !before.equals("of")) {
            return null;
        }
        Integer whole = numberOf(QuantityFinder.lower(tokens, last));
        CountedGroup g = whole == null ? null : groups.group(tokens, Quantity.exact(last, q.end(), whole));
        // "nine out of 37 dead": a whole that says what happened to them is a claim's, not a group present
        if (g == null || g.status() != null || g.subject() == Subject.PERPETRATORS) {
            return null;
        }
        return new Found(last, g.end(), Quantity.exact(last, q.end(), whole), g.subject(),
                words(tokens, q.end(), g.end()), true);
    }

    private static Integer numberOf(String word) {
        if (word.matches("\\d{1,5}")) {
            return Integer.parseInt(word);
        }
        return NumberWords.UNITS.get(word);
    }

    /** "ten more passengers", "another 20 people", "the other three": people besides a group told before. */
    private static boolean isExtra(List<Token> tokens, Quantity q) {
        return EXTRA.contains(QuantityFinder.lower(tokens, q.start() - 1))
                || EXTRA.contains(QuantityFinder.lower(tokens, q.end()));
    }

    private static boolean claimedOtherwise(Quantity q, List<int[]> claimed, List<ClaimStatus> statuses) {
        for (int i = 0; i < claimed.size(); i++) {
            int[] span = claimed.get(i);
            if (span[0] < q.end() && q.start() < span[1] && statuses.get(i) != ClaimStatus.HELD) {
                return true;
            }
        }
        return false;
    }

    /**
     * A PRESENT or HEADCOUNT cue ending just before the quantity ("carrying", "a crew of"), or starting within
     * four words after the group ("on board", "were at the school"); after the group a PRESENT cue that is a
     * verb is the people's own act ("two men carrying explosives"), not a place.
     */
    private boolean cued(List<Token> tokens, Quantity q, CountedGroup g) {
        for (int k = Math.max(0, q.start() - 3); k < Math.min(tokens.size(), g.end() + 4); k++) {
            if (k >= q.start() && k < g.end()) {
                continue;
            }
            PhraseTable.Match<FigureCue> m = lexicons.figureCues().longestAt(tokens, k);
            if (m == null || m.value() == FigureCue.BACKGROUND) {
                continue;
            }
            boolean before = m.end() == q.start();
            boolean after = k >= g.end() && (m.value() == FigureCue.HEADCOUNT || !tokens.get(k).isPos("VERB"))
                    && !clauseBreak(tokens, g.end(), k);
            if (before || after) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseBreak(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String t = tokens.get(k).text();
            if (t.equals(",") || t.equals(";") || t.equals(".")) {
                return true;
            }
        }
        return false;
    }

    /** The evidence runs to the cue after the group when there is one within four words ("... on board"). */
    private int cueEnd(List<Token> tokens, CountedGroup g) {
        PhraseTable.Match<FigureCue> m = cueAfter(tokens, g);
        return m == null ? g.end() : m.end();
    }

    /** The group's words run to the cue after it: "passengers and crew" (on board). */
    private int cueStart(List<Token> tokens, CountedGroup g) {
        PhraseTable.Match<FigureCue> m = cueAfter(tokens, g);
        return m == null ? g.end() : m.start();
    }

    private PhraseTable.Match<FigureCue> cueAfter(List<Token> tokens, CountedGroup g) {
        for (int k = g.end(); k < Math.min(tokens.size(), g.end() + 4) && !clauseBreak(tokens, k, k + 1); k++) {
            PhraseTable.Match<FigureCue> m = lexicons.figureCues().longestAt(tokens, k);
            if (m != null && m.value() != FigureCue.BACKGROUND) {
                return m;
            }
        }
        return null;
    }

    /** The group's words, up to a verb ("passengers" of "passengers were on board"). */
    private static String words(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < Math.min(to, tokens.size()) && !tokens.get(k).isPos("AUX") && !tokens.get(k).isPos("VERB"); k++) {
            b.append(b.length() == 0 ? "" : " ").append(tokens.get(k).text());
        }
        return b.toString();
    }
}
