package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.Source;
import org.incidentclassifier.facts.SourceKind;
import org.incidentclassifier.facts.Statement;
import org.incidentclassifier.facts.StatementKind;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/** Demands, threats and statements about treatment (statements.csv), with who makes them. */
final class StatementFinder {
    private static final int MAX_WORDS = 25;
    /** Words for the captors themselves as a statement's subject ("a video in which they threatened ..."). */
    private static final Set<String> CAPTORS = Set.of("they", "we", "kidnappers", "captors", "abductors",
            "hostage-takers", "militants", "gunmen", "pirates", "hijackers", "group");
    private final Lexicons lexicons;

    StatementFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<Statement> find(String doc, Sentence sentence, List<Attribution> said, EvidenceLocator locator) {
        List<Token> tokens = sentence.tokens();
        List<Statement> found = new ArrayList<>();
        int covered = 0;
        for (PhraseTable.Match<StatementKind> m : lexicons.statements().findAll(tokens)) {
            if (m.start() < covered) {
                continue; // "receiving care and good treatment": one statement, not two
            }
            if (m.value() == StatementKind.DEMAND && !tokens.get(m.start()).isPos("VERB")
                    && !tokens.get(m.start()).lower().equals("we")) {
                continue; // "the terrorists' demands" names demands, it does not make one
            }
            int end = m.end();
            while (end < tokens.size() && end - m.start() < MAX_WORDS && !tokens.get(end).text().matches("[.;,]")) {
                end++;
            }
            covered = end;
            Source speaker = inCaptivity(speaker(said, m.start()), tokens, m.start());
            found.add(new Statement(doc, m.value(), speaker, sentence.textOf(m.start(), end),
                    locator.locate(sentence.index(), tokens.get(m.start()).start(), tokens.get(end - 1).end())));
        }
        return found;
    }

    /**
     * A speaker the attributions leave unknown speaks as a captive when words before the statement place it in
     * captivity ("in a video shot in captivity he said he was treated well").
     */
    private Source inCaptivity(Source speaker, List<Token> tokens, int statementStart) {
        if (speaker.kind() != SourceKind.UNKNOWN || spokenByCaptors(tokens, statementStart)) {
            return speaker;
        }
        for (PhraseTable.Match<SourceKind> cue : lexicons.captivity().findAll(tokens)) {
            if (cue.end() <= statementStart) {
                return new Source(speaker.name(), cue.value(), speaker.via());
            }
        }
        return speaker;
    }

    /** The captors speak for themselves ("in which they threatened to kill him"): no captive's words. */
    private static boolean spokenByCaptors(List<Token> tokens, int statementStart) {
        return statementStart > 0 && CAPTORS.contains(tokens.get(statementStart - 1).lower());
    }

    /** The attribution whose reporting word is nearest to the statement. */
    private static Source speaker(List<Attribution> said, int at) {
        Attribution best = null;
        for (Attribution a : said) {
            if (best == null || Math.abs(a.cue() - at) < Math.abs(best.cue() - at)) {
                best = a;
            }
        }
        return best == null ? Source.unknown() : best.source();
    }
}
