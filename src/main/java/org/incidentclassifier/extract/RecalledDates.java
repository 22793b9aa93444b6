package org.incidentclassifier.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.incidentclassifier.lexicon.FigureCue;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * Finds the dates of events a report recalls, as opposed to the event it reports: the incident-date rules skip
 * them, since a recalled attack a few days back would otherwise be the earliest date and win. Two shapes:
 * <ul>
 *   <li>a background cue of lexicon/figure-cues.csv (the words that put a figure in another event) just before or
 *       after the date words, in their clause: "A similar attack on Saturday killed two guards", "last year's
 *       attack in March 2014";</li>
 *   <li>a sentence after the lead whose next sentence calls its event one of a series: "On Sunday a candidate was
 *       shot in the suburbs. It was the latest killing of a candidate there." In the lead, "It was the latest attack"
 *       speaks of the news itself, so the lead is never marked.</li>
 * </ul>
 * Thread-safe (immutable).
 */
final class RecalledDates {
    /** The headline and the two sentences after it: where a report tells its news. */
    static final int LEAD_SENTENCES = 3;
    /** How many tokens may stand between a background cue and the date words it speaks of, before and after them. */
    private static final int CUE_BEFORE = 4;
    private static final int CUE_AFTER = 1;
    /** A sentence that opens by calling what the sentence before told one of a series. */
    private static final Pattern SERIES_OPENER = Pattern.compile(
            "^(?:It|This|That)(?: was|'s| is| marked| came as)(?: the| a| an)?(?: (?:latest|most recent|another|second|third"
                    + "|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\\b", Pattern.CASE_INSENSITIVE);

    private final Lexicons lexicons;

    RecalledDates(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /**
     * True when {@code sentence} opens by calling the event of {@code previous} one of a series and
     * {@code previous} stands after the lead: its dates are then recalled.
     */
    static boolean recallsPrevious(Sentence previous, Sentence sentence) {
        return previous != null && previous.index() >= LEAD_SENTENCES && SERIES_OPENER.matcher(sentence.text()).find();
    }

    /**
     * True when a background cue stands beside the date words at {@code start} .. {@code end} (offsets into the
     * analysed text, as the sentence's tokens have them), in their clause.
     */
    boolean cueBeside(Sentence sentence, int start, int end) {
        List<Token> tokens = sentence.tokens();
        int first = -1;
        int last = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.end() > start && t.start() < end) {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        if (first < 0) {
            return false;
        }
        for (int k = Math.max(0, first - CUE_BEFORE - 4); k <= Math.min(tokens.size() - 1, last + 1 + CUE_AFTER); k++) {
            PhraseTable.Match<FigureCue> m = lexicons.figureCues().longestAt(tokens, k);
            if (m == null || m.value() != FigureCue.BACKGROUND) {
                continue;
            }
            boolean before = m.end() <= first && first - m.end() <= CUE_BEFORE && !clauseBreak(tokens, m.end(), first);
            boolean after = m.start() > last && m.start() - last - 1 <= CUE_AFTER && !clauseBreak(tokens, last + 1, m.start());
            if (before || after) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseBreak(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String t = tokens.get(k).text();
            if (t.equals(",") || t.equals(";") || t.equals(":")) {
                return true;
            }
        }
        return false;
    }
}
