package org.incidentclassifier.phrase;

import java.util.ArrayList;
import java.util.List;
import org.incidentclassifier.nlp.Token;

/**
 * What the phrase layer reads in one sentence: its noun phrases and verb groups, left to right, and for
 * each verb group the phrases linked to it as subject and as object. A subject or an object is a list: a
 * coordination ("35 hostages and 15 captors", "two soldiers along with a guard") links every member.
 */
public final class SentencePhrases {
    private final List<Token> tokens;
    private final List<NounPhrase> nouns;
    private final List<VerbGroup> verbs;
    private final List<List<NounPhrase>> subjects;
    private final List<List<NounPhrase>> objects;

    SentencePhrases(List<Token> tokens, List<NounPhrase> nouns, List<VerbGroup> verbs,
                    List<List<NounPhrase>> subjects, List<List<NounPhrase>> objects) {
        this.tokens = List.copyOf(tokens);
        this.nouns = List.copyOf(nouns);
        this.verbs = List.copyOf(verbs);
        this.subjects = List.copyOf(subjects);
        this.objects = List.copyOf(objects);
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<NounPhrase> nouns() {
        return nouns;
    }

    public List<VerbGroup> verbs() {
        return verbs;
    }

    /** The subject of a verb group of this sentence (with its coordinated members), empty when none is found. */
    public List<NounPhrase> subjectOf(VerbGroup verb) {
        return subjects.get(verbs.indexOf(verb));
    }

    /** The direct object of a verb group (with its coordinated members), empty when none. */
    public List<NounPhrase> objectOf(VerbGroup verb) {
        return objects.get(verbs.indexOf(verb));
    }

    /** The noun phrase that holds token {@code i}, or null. */
    public NounPhrase nounAt(int i) {
        for (NounPhrase np : nouns) {
            if (np.contains(i)) {
                return np;
            }
        }
        return null;
    }

    /** The verb group that holds token {@code i}, or null. */
    public VerbGroup verbAt(int i) {
        for (VerbGroup v : verbs) {
            if (i >= v.start() && i < v.end()) {
                return v;
            }
        }
        return null;
    }

    /** The noun phrase just after {@code np} when it is "of" + phrase: "39 of the 41 hostages" -> "the 41 hostages". */
    public NounPhrase ofPhraseAfter(NounPhrase np) {
        int k = nouns.indexOf(np);
        if (k < 0 || k + 1 >= nouns.size()) {
            return null;
        }
        NounPhrase next = nouns.get(k + 1);
        boolean adjacent = next.start() == np.end() + 1 || next.start() == np.end() + 2
                && tokens.get(np.end()).lower().equals("out");
        return adjacent && "of".equals(next.preposition()) ? next : null;
    }

    /** A readable rendering for tests and debugging: [NP] and {VG} brackets over the words. */
    public String render() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            for (NounPhrase np : nouns) {
                if (np.start() == i) {
                    s.append('[');
                }
            }
            for (VerbGroup v : verbs) {
                if (v.start() == i) {
                    s.append('{');
                }
            }
            s.append(tokens.get(i).text());
            for (VerbGroup v : verbs) {
                if (v.end() == i + 1) {
                    s.append('}');
                }
            }
            for (NounPhrase np : nouns) {
                if (np.end() == i + 1) {
                    s.append(']');
                }
            }
            if (i + 1 < tokens.size()) {
                s.append(' ');
            }
        }
        return s.toString();
    }

    /** "subject -> verb -> object" for each verb group with a subject or object, joined by "; ". */
    public String renderLinks() {
        List<String> links = new ArrayList<>();
        for (int v = 0; v < verbs.size(); v++) {
            if (subjects.get(v).isEmpty() && objects.get(v).isEmpty()) {
                continue;
            }
            links.add(words(subjects.get(v)) + " -> " + span(verbs.get(v).start(), verbs.get(v).end())
                    + (verbs.get(v).passive() ? " (passive)" : "") + (verbs.get(v).negated() ? " (not)" : "")
                    + (verbs.get(v).form().ordinal() > 0 ? " (" + verbs.get(v).form().name().toLowerCase(java.util.Locale.ROOT) + ")" : "")
                    + " -> " + words(objects.get(v)));
        }
        return String.join("; ", links);
    }

    private String words(List<NounPhrase> phrases) {
        List<String> parts = new ArrayList<>();
        phrases.forEach(np -> parts.add(span(np.start(), np.end())));
        return String.join(" + ", parts);
    }

    /** The words of tokens {@code from} (inclusive) to {@code to} (exclusive), as written, joined by single spaces. */
    public String span(int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append(i > from ? " " : "").append(tokens.get(i).text());
        }
        return s.toString();
    }
}
