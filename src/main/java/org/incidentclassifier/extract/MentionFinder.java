package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentclassifier.facts.Facility;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.PlaceMention;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.lexicon.FacilityEntry;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.NameIndex;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.lexicon.PlaceEntry;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/** Finds lexicon places, facilities and trigger words in a sentence. */
final class MentionFinder {
    /** Words that deny the word just after them: "did not attack", "no group has claimed". */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "without");
    /**
     * A denial reaches over its whole clause: "the group denied carrying out the attack", "denied that the group was
     * behind the attack"; and it may open the trigger itself: "denied responsibility" (lexicon: deny responsibility).
     */
    private static final Set<String> DENIALS = Set.of("deny", "denied", "denies", "denying");
    private static final int DENIAL_REACH = 8;
    /** Words a negation reaches past without their counting to its reach: "no group has yet claimed". */
    private static final Set<String> PASSED_OVER = Set.of("yet");
    /** Words of a charge that take the act after "of" or "with": "suspected of", "charged with". */
    private static final Set<String> CHARGES = Set.of("suspected", "accused", "charged", "convicted", "acquitted");
    private static final int CHARGE_REACH = 3;
    private static final Set<String> HYPOTHETICAL = Set.of("threaten", "will", "would", "could", "might", "may",
            "if", "plan", "vow", "unless", "should", "threat", "aim", "intend", "plot", "seek", "tri", "foil", "thwart",
            "must", "ready", "readi", "prepar");
    /**
     * Spans that date a report against an older event: "two years after the school siege", "months since the
     * bombing". The event named there is the past the report measures from, not its news; hours, days or weeks
     * after an attack are still its aftermath, so only months, years and decades count.
     */
    private static final Set<String> LONG_SPANS = Set.of("month", "months", "year", "years", "decade", "decades");
    private static final Set<String> SINCE = Set.of("after", "since");
    /** How far after "years after" the past event's word may stand: "years after the deadly 2014 school siege". */
    private static final int PAST_EVENT_REACH = 5;

    private final Lexicons lexicons;
    private final PlacePatterns patterns;
    private final HarmedFigures harmed;
    private final ReleasedPeople released;

    MentionFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.patterns = new PlacePatterns(lexicons);
        this.harmed = new HarmedFigures(lexicons);
        this.released = new ReleasedPeople(lexicons);
    }

    List<PlaceMention> places(String doc, Sentence sentence, EvidenceLocator locator) {
        List<PlaceMention> known = gazetteerPlaces(doc, sentence, locator);
        List<PlaceMention> found = new ArrayList<>(known);
        found.addAll(patterns.find(doc, sentence, known, locator));
        return found;
    }

    private List<PlaceMention> gazetteerPlaces(String doc, Sentence sentence, EvidenceLocator locator) {
        List<PlaceMention> found = new ArrayList<>();
        for (NameIndex.Match<PlaceEntry> m : lexicons.places().find(sentence.text())) {
            PlaceEntry p = m.value();
            found.add(new PlaceMention(doc, p.name(), m.alias(), p.kind(), emptyToNull(p.country()),
                    locator.locate(sentence.index(), sentence.start() + m.start(), sentence.start() + m.end())));
        }
        return found;
    }

    List<Facility> facilities(String doc, Sentence sentence, EvidenceLocator locator) {
        List<Token> tokens = sentence.tokens();
        List<Facility> found = new ArrayList<>();
        for (PhraseTable.Match<FacilityEntry> m : lexicons.facilities().findAll(tokens)) {
            found.add(new Facility(doc, m.value().kind(), m.value().targetType(), locator.locate(sentence.index(),
                    tokens.get(m.start()).start(), tokens.get(m.end() - 1).end())));
        }
        return found;
    }

    List<Trigger> triggers(String doc, Sentence sentence, EvidenceLocator locator) {
        List<Token> tokens = sentence.tokens();
        List<Trigger> found = new ArrayList<>();
        List<PhraseTable.Match<TriggerKind>> matches = lexicons.triggers().findAll(tokens);
        Set<PhraseTable.Match<TriggerKind>> generic = GenericKinds.find(tokens, matches);
        for (PhraseTable.Match<TriggerKind> m : matches) {
            if (m.value() == TriggerKind.RELEASE && !released.releasesPeople(tokens, m.start(), m.end())) {
                continue; // "released a statement", "the video was released": nobody is freed
            }
            Evidence evidence = locator.locate(sentence.index(), tokens.get(m.start()).start(),
                    tokens.get(m.end() - 1).end());
            // a denial may open the trigger itself, as in "denied responsibility" (lexicon: deny responsibility)
            boolean negated = precededBy(tokens, m.start(), NEGATIONS, 3) || precededBy(tokens, m.start(), DENIALS, DENIAL_REACH)
                    || DENIALS.contains(tokens.get(m.start()).lower()) || saidToBeUntrue(tokens, m.start());
            found.add(new Trigger(doc, m.value(), m.phrase().source(), negated,
                    precededBy(tokens, m.start(), HYPOTHETICAL, 3) || generic.contains(m)
                            || pastEventAnchor(tokens, m.start()) || namedAsCharge(tokens, m.start())
                            || lastYears(tokens, m.start()), evidence));
        }
        found.addAll(harmed.find(doc, sentence, matches, locator));
        return found;
    }

    /**
     * "Police arrested a man suspected of torching a church last year", "charged with the kidnapping of": the act
     * is what someone is charged with, not an event the report tells as having happened. Not "suspected militants
     * attacked": the charge word must govern the act through "of" or "with".
     */
    private static boolean namedAsCharge(List<Token> tokens, int at) {
        for (int k = at - 1; k >= 1 && k >= at - CHARGE_REACH; k--) {
            String w = tokens.get(k).lower();
            if ((w.equals("of") || w.equals("with")) && CHARGES.contains(tokens.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "last year's kidnapping", "the previous month's bombing": an older event named by when it was. */
    private static boolean lastYears(List<Token> tokens, int at) {
        // the tokenizer may keep "year's" whole or split off "'s"
        String before = tokens.subList(Math.max(0, at - CHARGE_REACH - 1), at).stream().map(Token::lower)
                .collect(Collectors.joining(" ")).replace(" 's", "'s").replace(" ’s", "'s").replace('’', '\'');
        return before.matches(".*\\b(last|previous) (year|month|decade)'s( \\S+)?$");
    }

    /**
     * "Two years after the school siege, militants kidnapped ...": the siege is the older event the report dates
     * itself against, so it is read as not factual (it must not stand for, or block, the new event).
     */
    private static boolean pastEventAnchor(List<Token> tokens, int at) {
        for (int k = at - 1; k >= 1 && k >= at - PAST_EVENT_REACH; k--) {
            Token t = tokens.get(k);
            if (t.lower().equals("when")) {
                return sinceBefore(tokens, k);
            }
            if (t.text().equals(",") || t.text().equals(";") || t.isPos("VERB")) {
                return false;
            }
            if (SINCE.contains(t.lower()) && LONG_SPANS.contains(tokens.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "have arrested 350 suspects since mid-May, when suicide bombers attacked three churches": the clause after a
     * "since" date tells the older event the count runs from. True when "since" stands in the few words before
     * the "when" at {@code when}, with no verb between.
     */
    private static boolean sinceBefore(List<Token> tokens, int when) {
        for (int k = when - 1; k >= 0 && k >= when - PAST_EVENT_REACH; k--) {
            Token t = tokens.get(k);
            if (t.lower().equals("since")) {
                return true;
            }
            if (t.isPos("VERB") || t.text().equals(";")) {
                return false;
            }
        }
        return false;
    }

    /** "There is no truth to the announcement of the military freeing 121 students": a denial of what follows. */
    private static boolean saidToBeUntrue(List<Token> tokens, int at) {
        for (int k = Math.max(1, at - DENIAL_REACH); k < at; k++) {
            if (tokens.get(k).lower().equals("truth") && tokens.get(k - 1).lower().equals("no")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when one of the words stands within {@code reach} tokens before {@code at}, in the same clause; a word
     * passed over ("yet") does not count to the reach.
     */
    private static boolean precededBy(List<Token> tokens, int at, Set<String> words, int reach) {
        for (int k = at - 1; k >= 0 && reach > 0; k--) {
            Token t = tokens.get(k);
            if (t.text().equals(",") || t.text().equals(";")) {
                return false;
            }
            if (words.contains(t.lower()) || words.contains(t.stem())) {
                return true;
            }
            if (!PASSED_OVER.contains(t.lower())) {
                reach--;
            }
        }
        return false;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
