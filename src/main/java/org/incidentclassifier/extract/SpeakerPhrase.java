package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.nlp.Token;

/**
 * The noun phrase that names a speaker, as token spans [start, end): the subject before a reporting verb ("media
 * reports said", "Abdelmalek Sellal (pictured) said"), an inverted one after it ("..., said Jonathan Maungo"), or the
 * phrase after "according to" or "told". {@link AttributionFinder} decides which verb reports and what the source is;
 * where the words of the speaker begin and end is a matter of the tagger's mistakes and of asides, kept here.
 */
final class SpeakerPhrase {
    private SpeakerPhrase() {}

    private static final Set<String> NP_GLUE = Set.of("'s", "\u2019s", "\"", "\u201c", "\u201d", "of", "for");

    private static final Set<String> NAMING = Set.of("calling", "himself", "herself", "itself", "themselves",
            "called", "named", "identified", "as");

    /** The noun phrase ending just before a reporting verb, skipping adverbs, auxiliaries and one appositive. */
    static int[] before(List<Token> tokens, int verb) {
        int end = verb;
        while (end > 0 && (tokens.get(end - 1).isPos("ADV") || tokens.get(end - 1).isPos("AUX"))) {
            end--;
        }
        if (end > 0 && tokens.get(end - 1).lower().equals("who")) {
            end--; // "someone described as a British hostage, who said": the speaker is before "who"
            if (end > 0 && tokens.get(end - 1).text().equals(",")) {
                end--;
            }
        }
        if (end > 0 && tokens.get(end - 1).text().equals(")")) {
            // "Abdelmalek Sellal (pictured) said": skip the bracket
            int open = end - 1;
            while (open > 0 && !tokens.get(open).text().equals("(")) {
                open--;
            }
            end = open;
        }
        if (end > 0 && tokens.get(end - 1).text().equals(",")) {
            // ", affiliated to al-Qaeda in the Islamic Maghreb (AQIM)," : skip back over the appositive.
            int open = end - 2;
            while (open > 0 && !tokens.get(open).text().equals(",") && end - open < 20) {
                open--;
            }
            if (open <= 0 || !tokens.get(open).text().equals(",") || !opensAppositive(tokens.get(open + 1))) {
                return null;
            }
            end = open;
        }
        int start = end;
        while (start > 0 && isNounPhraseToken(tokens.get(start - 1))) {
            start--;
        }
        // "a spokesman for the militants calling himself Abu al-Baraa said": the speaker is the whole phrase
        if (start >= 2 && NAMING.contains(tokens.get(start - 1).lower())) {
            int k = start - 1;
            if (k >= 1 && NAMING.contains(tokens.get(k - 1).lower())) {
                k--;
            }
            int outer = k;
            while (outer > 0 && isNounPhraseToken(tokens.get(outer - 1))) {
                outer--;
            }
            if (outer < k && hasNoun(tokens, outer, k)) {
                start = outer;
            }
        }
        start = afterDay(tokens, start, end);
        return start < end && hasNoun(tokens, start, end) ? new int[] {start, end} : null;
    }

    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight");
    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");

    /**
     * "By Thursday the governor said", "On Monday night police said": the day the speaker spoke opens the phrase
     * the tagger reads as one noun phrase; the speaker starts after it.
     */
    private static int afterDay(List<Token> tokens, int start, int end) {
        if (start >= end || !DAYS.contains(tokens.get(start).lower())) {
            return start;
        }
        int k = start + 1;
        if (k < end && DAY_PARTS.contains(tokens.get(k).lower())) {
            k++;
        }
        return k < end && hasNoun(tokens, k, end) ? k : start;
    }

    /** ", affiliated to ...", ", who ...", ", a one-eyed terrorist ...": an aside about the subject. */
    private static boolean opensAppositive(Token t) {
        return t.isPos("DET") || t.lower().equals("who") || t.lower().equals("which")
                || t.isPos("VERB") && t.lower().endsWith("ed") || t.isPos("ADJ");
    }

    /** "..., said Jonathan Maungo, a private security guard." Only after a comma or a closing quote. */
    static int[] inverted(List<Token> tokens, int from) {
        int verb = from - 1;
        String before = verb > 0 ? tokens.get(verb - 1).text() : "";
        boolean afterQuote = before.equals(",") || before.equals("\"") || before.equals("\u201d") || before.equals("'");
        return afterQuote && from < tokens.size() && tokens.get(from).isPos("PROPN") ? after(tokens, from) : null;
    }

    static int[] after(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && isNounPhraseToken(tokens.get(end))) {
            end++;
        }
        return end > from && hasNoun(tokens, from, end) ? new int[] {from, end} : null;
    }

    /** Plural nouns the tagger often takes for verbs before "said": "media reports said". */
    static final Set<String> MISTAGGED_NOUNS = Set.of("reports", "sources", "officials", "witnesses");

    private static boolean isNounPhraseToken(Token t) {
        return t.isPos("DET") || t.isPos("ADJ") || t.isPos("NOUN") || t.isPos("PROPN") || t.isPos("NUM")
                || MISTAGGED_NOUNS.contains(t.lower())
                || NP_GLUE.contains(t.lower()) || t.pos().contains("PART") && t.text().endsWith("s");
    }

    private static boolean hasNoun(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            if (tokens.get(i).isPos("NOUN") || tokens.get(i).isPos("PROPN")) {
                return true;
            }
        }
        return false;
    }
}
