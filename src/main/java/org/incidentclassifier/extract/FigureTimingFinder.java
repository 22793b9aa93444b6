package org.incidentclassifier.extract;

import java.util.List;
import org.incidentclassifier.facts.FigureTiming;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;

/**
 * Where in the incident the wording places a figure (figure-timing.csv): the nearest timing phrase that ends
 * at most six words before the number ("the toll rose to 290", "up from 207", "an initial toll of 12"); with none
 * there, a FINAL phrase just after the figure's words ("20 soldiers had been killed in all"): a total that
 * sums up the days or phases told before it.
 */
final class FigureTimingFinder {
    private static final int REACH = 6;
    /** "killed 20 in all", "20 soldiers were killed, in total": the figure's own words, a comma, then the cue. */
    private static final int AFTER_REACH = 2;
    private final Lexicons lexicons;

    FigureTimingFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    FigureTiming timing(List<Token> tokens, int numberStart, int figureEnd) {
        FigureTiming before = timing(tokens, numberStart);
        if (before != FigureTiming.UNMARKED) {
            return before;
        }
        for (PhraseTable.Match<FigureTiming> m : lexicons.figureTiming().findAll(tokens)) {
            if (m.value() == FigureTiming.FINAL && m.start() >= figureEnd && m.start() - figureEnd <= AFTER_REACH) {
                return FigureTiming.FINAL;
            }
        }
        return FigureTiming.UNMARKED;
    }

    FigureTiming timing(List<Token> tokens, int numberStart) {
        FigureTiming nearest = FigureTiming.UNMARKED;
        int nearestEnd = -1;
        for (PhraseTable.Match<FigureTiming> m : lexicons.figureTiming().findAll(tokens)) {
            if (m.end() <= numberStart && numberStart - m.end() <= REACH && m.end() > nearestEnd
                    && !nounBeforeNumber(tokens, m, numberStart)) {
                nearest = m.value();
                nearestEnd = m.end();
            }
        }
        return nearest;
    }

    /**
     * "security was increased to the highest level after 5 were killed": a cue ending in "to"/"from" moves
     * whatever follows it; with a noun between, what rose is that noun's thing, not the figure.
     */
    private static boolean nounBeforeNumber(List<Token> tokens, PhraseTable.Match<FigureTiming> cue, int numberStart) {
        String last = tokens.get(cue.end() - 1).lower();
        if (!last.equals("to") && !last.equals("from")) {
            return false;
        }
        for (int i = cue.end(); i < numberStart; i++) {
            if (tokens.get(i).isPos("NOUN") || tokens.get(i).isPos("PROPN")) {
                return true;
            }
        }
        return false;
    }
}
