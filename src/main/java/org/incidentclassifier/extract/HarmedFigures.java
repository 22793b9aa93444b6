package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;
import org.incidentclassifier.phrase.NounPhrase;
import org.incidentclassifier.phrase.PhraseReader;
import org.incidentclassifier.phrase.SentencePhrases;
import org.incidentclassifier.phrase.VerbGroup;

/**
 * A public figure who is the one shot, killed or attacked: the subject of a passive harm verb ("a candidate
 * for the assembly, Name, was shot dead", "the mayor, who was gunned down") or the object of an active one
 * ("gunmen killed the district governor"). The figure must head its phrase, or an aside right after the
 * phrase ("Name, a local councillor, was shot"), so the mayor's bodyguard is not the mayor, and a minister
 * who speaks about the dead is not among them; a figure "including" or "among" other victims is one of many,
 * and "a threat to kill a journalist" kills no one. Read through the phrase layer, so the distance between
 * figure and verb does not matter; only sentences with both a public figure and a harm word are read.
 */
final class HarmedFigures {
    private static final Set<TriggerKind> HARM = Set.of(TriggerKind.KILLING, TriggerKind.TARGETED_KILLING,
            TriggerKind.WEAPON_ATTACK);

    private static final Set<String> INTENT = Set.of("threaten", "plan", "vow", "intend", "plot", "seek", "want", "aim");
    private static final Set<String> AMONG = Set.of("including", "among", "includ", "such");
    private final Lexicons lexicons;

    HarmedFigures(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<Trigger> find(String doc, Sentence sentence, List<PhraseTable.Match<TriggerKind>> matches,
                       EvidenceLocator locator) {
        List<PhraseTable.Match<TriggerKind>> figures = matches.stream()
                .filter(m -> m.value() == TriggerKind.PUBLIC_FIGURE).toList();
        if (figures.isEmpty() || matches.stream().noneMatch(m -> HARM.contains(m.value()))) {
            return List.of();
        }
        List<Token> tokens = sentence.tokens();
        SentencePhrases phrases = PhraseReader.read(tokens);
        List<Trigger> found = new ArrayList<>();
        for (VerbGroup v : phrases.verbs()) {
            int[] harm = v.form() == VerbGroup.Form.INFINITIVE ? null : harmSpan(tokens, matches, v);
            if (harm == null) { // "a threat to kill a journalist" reports no killing
                continue;
            }
            boolean passive = v.passive() || v.form() == VerbGroup.Form.REDUCED_RELATIVE;
            for (NounPhrase np : passive ? phrases.subjectOf(v) : phrases.objectOf(v)) {
                PhraseTable.Match<TriggerKind> figure = figureOf(tokens, phrases, figures, np);
                if (figure == null || amongOthers(tokens, np)) {
                    continue;
                }
                int from = Math.min(Math.min(figure.start(), harm[0]), np.contains(figure.start()) ? v.start() : np.start());
                int to = Math.max(Math.max(figure.end(), harm[1]), v.end());
                Evidence evidence = locator.locate(sentence.index(), tokens.get(from).start(), tokens.get(to - 1).end());
                String phrase = "public figure \"" + phrases.span(figure.start(), figure.end()) + "\" is the one \""
                        + phrases.span(harm[0], harm[1]) + "\"";
                boolean factual = !v.negated() && !v.modal() && !ClaimExtractor.isNegatedOrHypothetical(tokens, v.start())
                        && !intended(tokens, v);
                found.add(new Trigger(doc, TriggerKind.FIGURE_HARMED, phrase, v.negated(), !factual && !v.negated(),
                        evidence));
                break;
            }
        }
        return found;
    }

    /** The harm words the verb group carries (a killing or weapon-attack trigger, or a killed/wounded word), or null. */
    private int[] harmSpan(List<Token> tokens, List<PhraseTable.Match<TriggerKind>> matches, VerbGroup v) {
        for (PhraseTable.Match<TriggerKind> m : matches) {
            if (HARM.contains(m.value()) && m.start() < v.end() && m.end() > v.start()) {
                return new int[] {m.start(), m.end()};
            }
        }
        PhraseTable.Match<ClaimStatus> s = lexicons.statuses().longestAt(tokens, v.main());
        if (s != null && (s.value() == ClaimStatus.KILLED || s.value() == ClaimStatus.INJURED)) {
            return new int[] {s.start(), s.end()};
        }
        return null;
    }

    /** The public figure that heads the phrase, or heads an aside right after it ("Name, a judge,"), or null. */
    private static PhraseTable.Match<TriggerKind> figureOf(List<Token> tokens, SentencePhrases phrases,
                                                        List<PhraseTable.Match<TriggerKind>> figures, NounPhrase np) {
        PhraseTable.Match<TriggerKind> own = heading(figures, np);
        if (own != null) {
            return own;
        }
        if (np.end() < tokens.size() && tokens.get(np.end()).text().equals(",")) {
            NounPhrase aside = phrases.nounAt(np.end() + 1);
            if (aside != null && aside.start() == np.end() + 1) {
                return heading(figures, aside);
            }
        }
        return null;
    }

    private static PhraseTable.Match<TriggerKind> heading(List<PhraseTable.Match<TriggerKind>> figures, NounPhrase np) {
        for (PhraseTable.Match<TriggerKind> f : figures) {
            if (f.start() <= np.head() && np.head() < f.end() && f.start() >= np.start()) {
                return f;
            }
        }
        return null;
    }

    /** "threatened to kill", "planned to shoot": the verb group tells an intent, not a harm done. */
    private static boolean intended(List<Token> tokens, VerbGroup v) {
        for (int k = v.start(); k < v.main(); k++) {
            if (INTENT.contains(tokens.get(k).stem())) {
                return true;
            }
        }
        return false;
    }

    /** "including two diplomats", "among them a judge": the figure is one of a larger number of victims. */
    private static boolean amongOthers(List<Token> tokens, NounPhrase np) {
        for (int k = np.start() - 1; k >= Math.max(0, np.start() - 2); k--) {
            if (AMONG.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
