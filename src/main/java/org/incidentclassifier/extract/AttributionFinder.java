package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.Source;
import org.incidentclassifier.facts.SourceKind;
import org.incidentclassifier.facts.Stance;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.NameIndex;
import org.incidentclassifier.lexicon.OutletEntry;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * Finds who says what in a sentence: the subject of a reporting verb ("The militants claimed", "ANI said",
 * "the television channel reported"), "according to X", the outlet a source spoke through ("speaking to X",
 * "told X"), and sentence-wide stance ("could not be confirmed", "reportedly"). Source kinds come from the
 * outlet and actor lexicons, then from source-words.csv.
 */
final class AttributionFinder {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we");

    private final Lexicons lexicons;
    private final SourceClassifier sources;

    AttributionFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.sources = new SourceClassifier(lexicons);
    }

    /** Attributions in the sentence, in token order; sentence-wide stance markers already applied. */
    List<Attribution> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<PhraseTable.Match<Stance>> stanceWords = lexicons.stanceWords().findAll(tokens);
        Stance sentenceStance = sentenceWideStance(stanceWords);
        String via = via(sentence);
        List<Attribution> found = new ArrayList<>();
        for (PhraseTable.Match<Stance> m : stanceWords) {
            Stance stance = m.value();
            if (stance == Stance.UNCONFIRMED || stance == Stance.HEDGED) {
                continue;
            }
            if (m.start() > 0 && tokens.get(m.start() - 1).lower().equals("to")) {
                continue; // "destroyed to deny the pirates freedom of action": a purpose, not a denial
            }
            if (SpeakerPhrase.MISTAGGED_NOUNS.contains(tokens.get(m.start()).lower()) && m.end() < tokens.size()
                    && lexicons.stanceWords().longestAt(tokens, m.end()) != null) {
                continue; // "media reports said": the speaker is "media reports", the verb is "said"
            }
            PhraseTable.Match<ClaimStatus> status = lexicons.statuses().longestAt(tokens, m.start());
            if (status != null && status.end() > m.end()) {
                continue; // "claimed the lives of" is a death toll, not a claim
            }
            int[] np;
            if (isAnonymousReport(tokens, m)) {
                // "there were reports that ...": media reports with no outlet named
                Stance effective = sentenceStance != null ? sentenceStance : Stance.REPORTED;
                found.add(new Attribution(new Source("reports", SourceKind.UNKNOWN, null), effective, m.start()));
                continue;
            }
            if (m.phrase().source().equals("according to") || tokens.get(m.start()).stem().equals("cite")) {
                np = SpeakerPhrase.after(tokens, m.end());
            } else if (isReportingVerb(tokens, m) && namesNoSpeaker(tokens, m.start())) {
                continue;
            } else if (isReportingVerb(tokens, m) && pronounSubject(tokens, m.start())) {
                Stance effective = sentenceStance != null ? sentenceStance : stance;
                found.add(new Attribution(null, effective, m.start()));
                continue;
            } else if (isReportingVerb(tokens, m)) {
                np = SpeakerPhrase.before(tokens, m.start());
                if (np == null) {
                    np = SpeakerPhrase.inverted(tokens, m.end()); // "..., said Anna Berg, a police spokeswoman."
                }
                if (np == null || np[0] > 0 && tokens.get(np[0] - 1).isPos("ADP")
                        && sources.source(sentence, np[0], np[1], null).kind() == SourceKind.UNKNOWN) {
                    // the phrase before the verb is a prepositional object ("... at dawn claim to"):
                    // the reporter is the sentence's opening noun phrase
                    int[] opening = SpeakerPhrase.after(tokens, 0);
                    np = opening != null && opening[1] < m.start() && !clauseBreakBetween(tokens, opening[1], m.start())
                            ? opening : np;
                }
                if (np == null) {
                    np = SpeakerPhrase.inverted(tokens, m.end());
                }
            } else {
                continue;
            }
            if (np == null) {
                continue;
            }
            Source source = sources.source(sentence, np[0], np[1], via);
            if (source.kind() == SourceKind.UNKNOWN && np[0] > m.start() && np[1] < tokens.size()
                    && tokens.get(np[1]).text().equals(",") && !relativeClauseAt(tokens, np[1] + 1)) {
                // "..., said Anna Berg, a police spokeswoman": the aside after the name says who speaks
                SourceKind aside = sources.firstSourceWord(tokens.subList(np[1], Math.min(tokens.size(), np[1] + 8)));
                if (aside != null) {
                    source = new Source(source.name(), aside, source.via());
                }
            }
            if (source.kind() == SourceKind.UNKNOWN && np[1] < m.start()) {
                // "Another interviewee, described as an Irish hostage, said": the aside says who speaks
                SourceKind aside = sources.firstSourceWord(tokens.subList(np[1], Math.min(m.start(), np[1] + 12)));
                if (aside != null) {
                    source = new Source(source.name(), aside, source.via());
                }
            }
            Stance effective = sentenceStance != null ? sentenceStance : stance;
            found.add(new Attribution(source, effective, m.start(), np[0]));
        }
        return found;
    }

    /**
     * ", who called the crash a terror attack": a relative clause tells what the speaker did, not who the
     * speaker is, so its words do not grade the source (an apposition, ", a police spokeswoman", does).
     */
    private static boolean relativeClauseAt(List<Token> tokens, int at) {
        return at < tokens.size() && (tokens.get(at).lower().matches("who|whom|whose|which|that")
                || tokens.get(at).isPos("VERB") || tokens.get(at).isPos("AUX"));
    }

    /** ", but", ";": the opening phrase belongs to another clause. */
    private static boolean clauseBreakBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (w.equals(";") || w.equals("but") || w.equals(",") && k + 1 < to && tokens.get(k + 1).lower().matches("but|and|while")) {
                return true;
            }
        }
        return false;
    }

    /** A reporting verb; the tagger sometimes calls "claim" in "claim to have taken" a noun. */
    private static boolean isReportingVerb(List<Token> tokens, PhraseTable.Match<Stance> m) {
        Token t = tokens.get(m.start());
        String next = m.end() < tokens.size() ? tokens.get(m.end()).lower() : "";
        return t.isPos("VERB") || t.isPos("NOUN") && !t.lower().endsWith("s") && (next.equals("to") || next.equals("that"));
    }

    private static boolean isAnonymousReport(List<Token> tokens, PhraseTable.Match<Stance> m) {
        Token t = tokens.get(m.start());
        boolean plural = t.lower().equals("reports");
        return t.isPos("NOUN") && plural && m.end() < tokens.size() && tokens.get(m.end()).lower().equals("that");
    }

    /** "could not be confirmed", "unverified": a doubt that covers every claim of the sentence. */
    Stance sentenceWideStance(List<PhraseTable.Match<Stance>> stanceWords) {
        for (PhraseTable.Match<Stance> m : stanceWords) {
            if (m.value() == Stance.UNCONFIRMED) {
                return Stance.UNCONFIRMED;
            }
        }
        return null;
    }

    Stance sentenceWideStance(Sentence sentence) {
        return sentenceWideStance(lexicons.stanceWords().findAll(sentence.tokens()));
    }

    /** Token positions of hedges ("reportedly", "believed", "feared"); they hedge only the claim they stand in. */
    List<Integer> hedges(Sentence sentence) {
        return lexicons.stanceWords().findAll(sentence.tokens()).stream()
                .filter(m -> m.value() == Stance.HEDGED).map(PhraseTable.Match::start).toList();
    }

    /** "speaking to X", "told X": the outlet a source spoke through. */
    private String via(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String stem = tokens.get(i).stem();
            boolean speakingTo = (stem.equals("speak") || stem.equals("talk")) && tokens.get(i + 1).lower().equals("to");
            boolean theName = tokens.get(i + 1).lower().equals("the") && i + 2 < tokens.size()
                    && Character.isUpperCase(tokens.get(i + 2).text().charAt(0)); // "told the Daily Courier"
            boolean told = stem.equals("tell") && (Character.isUpperCase(tokens.get(i + 1).text().charAt(0)) || theName);
            if (speakingTo || told) {
                int[] np = SpeakerPhrase.after(tokens, speakingTo ? i + 2 : i + 1);
                if (np == null && told) {
                    np = new int[] {i + 1, i + 2}; // "told ANI", whatever the tagger made of the acronym
                }
                if (np != null && !sentence.textOf(np[0], np[1]).matches("(?i)(the )?(press|reporters|journalists|media)")) {
                    String text = sentence.textOf(np[0], np[1]);
                    for (NameIndex.Match<OutletEntry> outlet : lexicons.outlets().find(text)) {
                        return outlet.value().name();
                    }
                    return SourceClassifier.stripArticle(text);
                }
            }
        }
        return null;
    }

    /** "are reported to", "is said to", ", saying": hedges and participles name no new speaker. */
    private static boolean namesNoSpeaker(List<Token> tokens, int verb) {
        Token t = tokens.get(verb);
        boolean passive = verb > 0 && tokens.get(verb - 1).isPos("AUX")
                && tokens.get(verb - 1).stem().matches("be|is|ar|am|wa|were|been|being");
        boolean participle = t.lower().endsWith("ing") && verb > 0 && tokens.get(verb - 1).text().equals(",");
        return passive || participle;
    }

    /** Words that name a person by title or standing before the name ("the Reverend ...", "Dr ..."). */
    private static final Set<String> HONORIFICS = Set.of("reverend", "rev", "pastor", "father", "imam", "sheikh",
            "bishop", "dr", "doctor", "mr", "mrs", "ms", "elder");

    /**
     * The person a sentence opens with, named in full after a title ("The Reverend Anna Obi, who leads the parish,
     * disputed the figure."): the "he said" of the sentences after it speaks for that person, not for the source
     * quoted before. Null when the sentence opens otherwise (a group, a place, a pronoun, a name without title).
     */
    Source openingPerson(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int k = !tokens.isEmpty() && tokens.get(0).lower().equals("the") ? 1 : 0;
        int titleStart = k;
        if (k < tokens.size() && HONORIFICS.contains(tokens.get(k).lower().replace(".", ""))) {
            k++;
            k += k < tokens.size() && tokens.get(k).text().equals(".") ? 1 : 0;
        } else {
            PhraseTable.Match<org.incidentclassifier.lexicon.Title> title = lexicons.titles().longestAt(tokens, k);
            if (title == null) {
                return null;
            }
            k = title.end();
        }
        int nameStart = k;
        while (k < tokens.size() && k - nameStart < 4 && tokens.get(k).isPos("PROPN")
                && PhraseWords.isCapitalised(tokens.get(k))) {
            k++;
        }
        boolean subject = k < tokens.size() && (tokens.get(k).text().equals(",") || tokens.get(k).isPos("VERB")
                || tokens.get(k).isPos("AUX"));
        return k - nameStart >= 2 && subject ? sources.source(sentence, titleStart, k, null) : null;
    }

    /** The subject is a pronoun ("He claimed that ..."): the speaker was named in an earlier sentence. */
    static boolean pronounSubject(List<Token> tokens, int verb) {
        int k = verb - 1;
        while (k >= 0 && (tokens.get(k).isPos("ADV") || tokens.get(k).isPos("AUX"))) {
            k--;
        }
        return k >= 0 && PRONOUNS.contains(tokens.get(k).lower());
    }
}
