package org.incidentclassifier.extract;

import java.util.List;
import org.incidentclassifier.facts.FigureTiming;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;

/**
 * Where in the incident the wording places a figure (figure-timing.csv): the nearest timing phrase that ends
 * at most six words before the number ("the toll rose to 290", "up from 207", "an initial toll of 12").
 */
final class FigureTimingFinder {
    private static final int REACH = 6;
    private final Lexicons lexicons;

    FigureTimingFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    FigureTiming timing(List<Token> tokens, int numberStart) {
        FigureTiming nearest = FigureTiming.UNMARKED;
        int nearestEnd = -1;
        for (PhraseTable.Match<FigureTiming> m : lexicons.figureTiming().findAll(tokens)) {
            if (m.end() <= numberStart && numberStart - m.end() <= REACH && m.end() > nearestEnd) {
                nearest = m.value();
                nearestEnd = m.end();
            }
        }
        return nearest;
    }
}
