package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Token;
import org.incidentclassifier.phrase.NounPhrase;
import org.incidentclassifier.phrase.SentencePhrases;
import org.incidentclassifier.phrase.VerbGroup;

/**
 * A second clause that leaves out what the first one said: its auxiliary ("Four guards had been killed, and
 * 20 others wounded": 20 INJURED) or its whole verb ("Eight died at the scene and four in hospital": 4
 * KILLED, the status of the figure before).
 */
final class ElidedFigures {
    private final Lexicons lexicons;
    private final GroupFinder groups;

    ElidedFigures(Lexicons lexicons, GroupFinder groups) {
        this.lexicons = lexicons;
        this.groups = groups;
    }

    List<ClaimExtractor.Figure> figures(List<Token> tokens, SentencePhrases phrases, List<Quantity> quantities,
                                        Set<Integer> used, List<ClaimExtractor.Figure> context) {
        List<ClaimExtractor.Figure> found = new ArrayList<>();
        for (NounPhrase np : phrases.nouns()) {
            Quantity q = StructureFigures.quantityIn(quantities, np);
            boolean absolute = q != null && withOthers(tokens, q);
            if (q == null || used.contains(q.start()) || np.preposition() != null && !absolute
                    || !afterAnd(tokens, np) && !afterLeave(tokens, np) && !absolute
                    || !clauseVerbBefore(phrases, np.start())) {
                continue;
            }
            if (absolute) {
                ClaimExtractor.Figure f = absoluteStatus(tokens, phrases, q, np, context);
                if (f != null) {
                    found.add(f);
                    used.add(q.start());
                }
                continue; // "with four more missing" has a status word of its own or is no figure
            }
            ClaimExtractor.Figure f = participle(tokens, phrases, q, np, context);
            if (f == null) {
                f = verbless(tokens, phrases, q, np, context);
            }
            if (f != null) {
                found.add(f);
                used.add(q.start());
            }
        }
        return found;
    }

    /** "and 15 others kidnapped", "and at least 20 others wounded": a status word right after the phrase. */
    private ClaimExtractor.Figure participle(List<Token> tokens, SentencePhrases phrases, Quantity q, NounPhrase np,
                                            List<ClaimExtractor.Figure> context) {
        int at = np.end();
        PhraseTable.Match<ClaimStatus> m = at < tokens.size() ? lexicons.statuses().longestAt(tokens, at) : null;
        if (m == null || !(tokens.get(at).isPos("VERB") || tokens.get(at).isPos("ADJ"))
                || ClaimExtractor.isNegatedOrHypothetical(tokens, at)) {
            return null;
        }
        return figure(tokens, phrases, q, np, m.value(), false, m.end(), context);
    }

    /**
     * "Eight died at the scene and four in hospital": a number with no verb of its own before the clause ends
     * takes the status of the figure just before it.
     */
    private ClaimExtractor.Figure verbless(List<Token> tokens, SentencePhrases phrases, Quantity q, NounPhrase np,
                                          List<ClaimExtractor.Figure> context) {
        for (int k = np.end(); k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPos("PUNCT") || t.lower().equals("and") || t.lower().equals("but")) {
                break;
            }
            if (phrases.verbAt(k) != null || t.isPos("VERB") || t.isPos("AUX")) {
                return null;
            }
        }
        ClaimExtractor.Figure before = null;
        for (ClaimExtractor.Figure f : context) {
            if (f.end() <= np.start() && !f.background()) {
                before = f;
            }
        }
        if (before == null || before.group().partitive() || !np.headless() && !isOthers(tokens, np)) {
            return null; // only a bare number ("and four in hospital") or "N others" stands for the same people
        }
        return figure(tokens, phrases, q, np, before.status(), before.hedged(), np.end(), context);
    }

    private ClaimExtractor.Figure figure(List<Token> tokens, SentencePhrases phrases, Quantity q, NounPhrase np,
                                        ClaimStatus status, boolean hedged, int end, List<ClaimExtractor.Figure> context) {
        CountedGroup g = groups.group(tokens, q);
        if (g == null) {
            Subject subject = Referents.of(tokens, phrases, np, context);
            if (subject == null) {
                return null;
            }
            g = new CountedGroup(q.start(), Math.max(q.end(), np.end()), q, subject, List.of(), null);
        }
        Subject subject = status.isCaptiveStatus() ? g.subject().asCaptives() : g.subject();
        return new ClaimExtractor.Figure(g, status, subject, hedged, g.start(), Math.max(g.end(), end));
    }

    private static boolean isOthers(List<Token> tokens, NounPhrase np) {
        String head = tokens.get(np.head()).lower();
        return head.equals("others") || head.equals("more");
    }

    /** "and" (or ", and") just before the phrase, or before its bound ("and at least 15 others"). */
    private static boolean afterAnd(List<Token> tokens, NounPhrase np) {
        int k = beforeBound(tokens, np);
        return k > 0 && tokens.get(k).lower().equals("and");
    }

    /**
     * "leaving four others unaccounted for", "left two more injured": the verb "leave" names no status of its
     * own; the status word after its object says in what state the people were left.
     */
    private static boolean afterLeave(List<Token> tokens, NounPhrase np) {
        int k = beforeBound(tokens, np);
        String w = k > 0 ? tokens.get(k).lower() : "";
        return w.equals("leaving") || w.equals("left") || w.equals("leave") || w.equals("leaves");
    }

    /** "Nine soldiers were killed, with four more missing": "with", then "N more|others". */
    private static boolean withOthers(List<Token> tokens, Quantity q) {
        String after = QuantityFinder.lower(tokens, q.end());
        return QuantityFinder.lower(tokens, q.start() - 1).equals("with") && (after.equals("more") || after.equals("others"));
    }

    /** The status word right after "N more|others" of the absolute "with" phrase, tagged verb or adjective. */
    private ClaimExtractor.Figure absoluteStatus(List<Token> tokens, SentencePhrases phrases, Quantity q, NounPhrase np,
                                                List<ClaimExtractor.Figure> context) {
        int at = q.end() + 1;
        PhraseTable.Match<ClaimStatus> m = at < tokens.size() ? lexicons.statuses().longestAt(tokens, at) : null;
        if (m == null || !(tokens.get(at).isPos("VERB") || tokens.get(at).isPos("ADJ"))) {
            return null;
        }
        // the tagger may read "four more missing" as one phrase headed by "missing": "more" is its head
        NounPhrase others = new NounPhrase(np.start(), q.end() + 1, q.end(), np.number(), np.preposition());
        return figure(tokens, phrases, q, others, m.value(), false, m.end(), context);
    }

    /** The word before the phrase and its bound ("at least", "more than"). */
    private static int beforeBound(List<Token> tokens, NounPhrase np) {
        int k = np.start() - 1;
        while (k > 0 && (tokens.get(k).lower().equals("least") || tokens.get(k).lower().equals("at")
                || tokens.get(k).lower().equals("than") || tokens.get(k).lower().equals("more"))) {
            k--;
        }
        return k;
    }

    private static boolean clauseVerbBefore(SentencePhrases phrases, int at) {
        for (VerbGroup v : phrases.verbs()) {
            if (v.end() <= at && v.isClauseVerb()) {
                return true;
            }
        }
        return false;
    }
}
