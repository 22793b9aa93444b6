package org.incidentclassifier.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * The abbreviations a document spells out for names the lexicon does not know: "the Sahel Liberation Front
 * (SLF)" or "the Sahel Liberation Front, or SLF". A relation said later of "the SLF" is then said of the group
 * by its full name, as the gold names it. The abbreviation must begin with the initial of the name's first word.
 */
final class SpelledOutNames {
    private static final int MAX_NAME = 8;
    /** Verbs whose subject, opening a sentence, is the group acting: "Jund al-Sahil attacked the base". */
    private static final String ACTING = "attacked|raided|ambushed|stormed|bombed|kidnapped|abducted|seized|claimed"
            + "|overran|shelled";
    private final Map<String, String> fullNames = new HashMap<>();
    private String actingName;

    /** Reads the abbreviations sentence {@code sentence} spells out; a later spelling of one replaces an earlier. */
    void read(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        String acting = nameActing(sentence);
        actingName = acting != null ? acting : actingName;
        for (int k = 2; k < tokens.size(); k++) {
            if (!isAbbreviation(tokens.get(k))) {
                continue;
            }
            boolean bracketed = tokens.get(k - 1).text().equals("(") && k + 1 < tokens.size()
                    && tokens.get(k + 1).text().equals(")");
            boolean orAfterComma = k >= 3 && tokens.get(k - 1).lower().equals("or") && tokens.get(k - 2).text().equals(",");
            if (bracketed || orAfterComma) {
                String name = nameEndingAt(sentence, bracketed ? k - 2 : k - 3);
                String abbreviation = tokens.get(k).text();
                if (name != null && Character.toUpperCase(initial(name)) == abbreviation.charAt(0)) {
                    fullNames.put(abbreviation, name);
                }
            }
        }
    }

    /** The full name of an abbreviation ("SLF", "the SLF"), or null when the document spelled out none. */
    String fullName(String words) {
        return fullNames.get(words.replaceFirst("^(?i)the\\s+", ""));
    }

    /**
     * The name the lexicon may not know that opened a sentence as the subject of an attack or a claim ("Jund
     * al-Sahil attacked the base", "Jund al-Sahil claimed the raid"), the last one read; null when none did. A
     * later "the group" may stand for it when no known armed group was named before.
     */
    String actingName() {
        return actingName;
    }

    private static String nameActing(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int start = !tokens.isEmpty() && tokens.get(0).lower().equals("the") ? 1 : 0;
        int k = start;
        while (k < tokens.size() && k - start < 5
                && (PhraseWords.isNamePart(tokens, k) || PhraseWords.isParticleName(tokens.get(k)))) {
            k++;
        }
        return k - start >= 2 && k < tokens.size() && tokens.get(k).lower().matches(ACTING)
                ? sentence.textOf(start, k) : null;
    }

    /** "Front for the Liberation of Azawad": capitalised words, with "of", "for", "the", "and" between them. */
    private static String nameEndingAt(Sentence sentence, int last) {
        List<Token> tokens = sentence.tokens();
        if (last < 0 || !PhraseWords.isNamePart(tokens, last) && !PhraseWords.isParticleName(tokens.get(last))) {
            return null;
        }
        int start = last;
        int capitalised = 0;
        for (int i = last; i >= 0 && last - i < MAX_NAME; i--) {
            Token t = tokens.get(i);
            if (PhraseWords.isNamePart(tokens, i) || PhraseWords.isParticleName(t)) {
                start = i;
                capitalised++;
            } else if (!t.lower().matches("of|for|and|the") || i == 0) {
                break;
            }
        }
        return capitalised >= 2 ? sentence.textOf(start, last + 1) : null;
    }

    private static char initial(String name) {
        String first = name.split("\\s+")[0].replaceFirst("^(?i)(al|el)-", "");
        return first.charAt(0);
    }

    private static boolean isAbbreviation(Token t) {
        return t.text().length() >= 2 && t.text().length() <= 8
                && t.text().chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
    }
}
