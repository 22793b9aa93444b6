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
            objects.add(v.passive() ? List.of()
                    : beforeNextClause(tokens, verbs, v, Coordination.members(tokens, nouns, Links.object(tokens, nouns, v))));
        }
        for (VerbGroup v : verbs) {
            subjects.add(withoutObjects(objects, Coordination.members(tokens, nouns, Links.subject(tokens, nouns, verbs, v))));
        }
        return new SentencePhrases(tokens, nouns, verbs, subjects, objects);
    }

    /**
     * "lost their lives and eight were wounded", "arrested two men and three others died": a member of an
     * object's coordination followed at once by a finite verb is the subject of a new clause, not an object.
     * A reporting verb's "object" is its clause's subject, whole: "said 10 guards and a driver lost their lives".
     */
    private static List<NounPhrase> beforeNextClause(List<Token> tokens, List<VerbGroup> verbs, VerbGroup v,
                                                     List<NounPhrase> objects) {
        if (ClosedWords.REPORTING.contains(tokens.get(v.main()).stem())) {
            return objects;
        }
        for (int m = 1; m < objects.size(); m++) {
            for (VerbGroup g : verbs) {
                if (g.start() == objects.get(m).end() && g.form() == VerbGroup.Form.FINITE) {
                    return List.copyOf(objects.subList(0, m));
                }
            }
        }
        return objects;
    }

    /** "lost their lives and four were wounded": the members an earlier verb took as its objects are not the subject. */
    private static List<NounPhrase> withoutObjects(List<List<NounPhrase>> objects, List<NounPhrase> subject) {
        if (subject.size() < 2) {
            return subject;
        }
        List<NounPhrase> rest = new ArrayList<>(subject);
        for (List<NounPhrase> object : objects) {
            if (!object.isEmpty() && object.get(0) == subject.get(0) && !object.contains(subject.get(subject.size() - 1))) {
                rest.removeAll(object);
            }
        }
        return rest.isEmpty() ? subject : List.copyOf(rest);
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
            } else if (form == VerbGroup.Form.FINITE && g.end() - g.start() <= 2 && !ClosedWords.isAux(tokens.get(g.start()))
                    && ClosedWords.isParticiple(tokens.get(g.start())) && endsNoun(nouns, g.start(), tokens)
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
                if (t.equals(";") || ClosedWords.SUBORDINATORS.contains(t) || t.equals("and") || t.equals("but")
                        || t.equals("or")) {
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
