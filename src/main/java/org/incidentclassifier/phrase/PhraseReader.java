package org.incidentclassifier.phrase;

import java.util.ArrayList;
import java.util.List;
import org.incidentclassifier.nlp.Token;

/**
 * The phrase layer's entry point: reads a tagged sentence into noun phrases, verb groups and the links
 * between them (see docs/phrases.md). Stateless and thread-safe; linear in the sentence length except the
 * subject search, which looks back at most over one clause.
 */
public final class PhraseReader {
    private PhraseReader() {
    }

    /** The phrases and subject/object links of one sentence's tokens. */
    public static SentencePhrases read(List<Token> tokens) {
        List<NounPhrase> nouns = Chunker.nouns(tokens);
        List<VerbGroup> verbs = withForms(tokens, nouns, Chunker.verbs(tokens, nouns));
        List<List<NounPhrase>> subjects = new ArrayList<>();
        List<List<NounPhrase>> objects = new ArrayList<>();
        for (VerbGroup v : verbs) {
            subjects.add(Links.coordination(tokens, nouns, Links.subject(tokens, nouns, verbs, v)));
            objects.add(v.passive() ? List.of() : Links.coordination(tokens, nouns, Links.object(tokens, nouns, v)));
        }
        return new SentencePhrases(tokens, nouns, verbs, subjects, objects);
    }

    /**
     * Marks relative clauses ("who were wounded") and reduced relatives: a participle with no auxiliary right
     * after a noun phrase, when a finite verb follows later in the clause ("officers held hostage by the
     * gunmen were freed": "held" describes the officers, "were freed" is the clause's verb).
     */
    private static List<VerbGroup> withForms(List<Token> tokens, List<NounPhrase> nouns, List<VerbGroup> verbs) {
        List<VerbGroup> result = new ArrayList<>();
        for (int v = 0; v < verbs.size(); v++) {
            VerbGroup g = verbs.get(v);
            VerbGroup.Form form = g.form();
            String before = g.start() > 0 ? tokens.get(g.start() - 1).lower() : "";
            if (ClosedWords.RELATIVES.contains(before) && g.start() > 1 && endsNoun(nouns, g.start() - 1, tokens)) {
                form = VerbGroup.Form.RELATIVE;
            } else if (form == VerbGroup.Form.FINITE && g.main() == g.start() && g.end() - g.start() == 1
                    && ClosedWords.isParticiple(tokens.get(g.main())) && endsNoun(nouns, g.start(), tokens)
                    && !startsClause(tokens, g.end()) && finiteVerbFollows(tokens, verbs, v)) {
                form = VerbGroup.Form.REDUCED_RELATIVE;
            }
            result.add(form == g.form() ? g
                    : new VerbGroup(g.start(), g.end(), g.main(), g.passive(), g.negated(), g.modal(), form));
        }
        return result;
    }

    /**
     * "X said two men were arrested": a participle followed by a determined noun phrase is a verb with its
     * complement clause or object, not a participle describing X ("officers held hostage by ...").
     */
    private static boolean startsClause(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(at);
        return t.isPos("DET") || t.isPos("NUM") || t.isPos("PRON") || t.isPos("PROPN") || t.isPos("SCONJ")
                || ClosedWords.isNumber(t);
    }

    private static boolean endsNoun(List<NounPhrase> nouns, int at, List<Token> tokens) {
        int k = at > 0 && tokens.get(at - 1).text().equals(",") ? at - 1 : at;
        for (NounPhrase np : nouns) {
            if (np.end() == k) {
                return true;
            }
        }
        return false;
    }

    /** A finite verb group later in the same clause (before a semicolon, a subordinator or "and" + verb). */
    private static boolean finiteVerbFollows(List<Token> tokens, List<VerbGroup> verbs, int v) {
        for (int w = v + 1; w < verbs.size(); w++) {
            VerbGroup next = verbs.get(w);
            for (int k = verbs.get(v).end(); k < next.start(); k++) {
                String t = tokens.get(k).lower();
                if (t.equals(";") || ClosedWords.SUBORDINATORS.contains(t) || t.equals("and") || t.equals("but")) {
                    return false;
                }
            }
            if (next.form() == VerbGroup.Form.FINITE && next.start() > next.main() - 3
                    && (next.main() > next.start() || !ClosedWords.isParticiple(tokens.get(next.main()))
                    || tokens.get(next.main()).lower().endsWith("ed"))) {
                return ClosedWords.isAux(tokens.get(next.start())) || !tokens.get(next.main()).lower().endsWith("ing");
            }
        }
        return false;
    }
}
