package org.incidentclassifier.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.EventDate;
import org.incidentclassifier.facts.FrameKind;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * What a report's lead says of the attacks it tells, and how far back they lie: whether the lead looks back on
 * an old attack (a commemoration or history cue that is not where an attack struck), which frames' first cue is
 * only where a lead's attack struck (a bomb "at a football match"), whether an opening look back leaves a new
 * attack after it ("A year after the massacre, gunmen struck again today"), and how many days before the report
 * a frame's event lies. {@link FrameFinder} asks these questions while it gathers each frame's cues; they are
 * kept apart because they read the attack triggers and the dates, not the frame cues alone.
 * Not thread-safe: one per document, fed its sentences in order.
 */
final class ReportLead {
    /** The headline and the two sentences after it say what a text is. */
    static final int LEAD_SENTENCES = 3;

    /**
     * Frames whose first cue, in the lead after a factual attack, is where that attack struck ("a bomb exploded at
     * a football match", "a car bomb hit a hotel hosting a security seminar"), so the frame is not the report's.
     */
    private static final Set<FrameKind> LEAD_SETTINGS = Set.of(FrameKind.SPORT, FrameKind.TRAINING);
    /** Parts of speech that tell where or to what an attack happened between it and a setting cue: "at", "hits". */
    private static final Set<String> LINKS = Set.of("ADP", "VERB");
    private static final Set<String> PAST_WORDS = Set.of("ago", "anniversary", "years", "decade", "decades", "century");
    /** Frames of a text that looks back: once one leads the report, an attack it retells is the old one. */
    private static final Set<FrameKind> LOOKING_BACK = Set.of(FrameKind.COMMEMORATION, FrameKind.HISTORY);

    /** A commemoration or history cue in the lead, not the setting of an attack told before it. */
    private boolean pastLead;
    /** Frames whose first cue is where an attack told before it in the lead struck: not what the report is about. */
    private final Set<FrameKind> leadSettings = EnumSet.noneOf(FrameKind.class);
    /** Frames with a cue before that was not the setting of an attack: those the report may be about. */
    private final Set<FrameKind> plainCues = EnumSet.noneOf(FrameKind.class);

    /**
     * Reads one sentence's frame cues against the attacks it tells ({@code attacks}, the factual ones not named
     * as a charge) and all its triggers: whether the lead now looks back, and which frames are a lead's setting.
     */
    void read(List<PhraseTable.Match<FrameKind>> matches, Sentence sentence, EvidenceLocator locator,
              List<Trigger> triggers, List<Trigger> attacks) {
        pastLead |= sentence.index() < LEAD_SENTENCES
                && looksBackFirst(matches, sentence.tokens(), sentence, locator, attacks);
        findLeadSettings(matches, sentence, locator, triggers, attacks);
    }

    /** Whether the lead so far looks back ("Town remembers the market bombing"). */
    boolean looksBack() {
        return pastLead;
    }

    /** Whether the frame's first cue was only where a lead's attack struck: the report is not of that frame. */
    boolean isSetting(FrameKind kind) {
        return leadSettings.contains(kind);
    }

    /**
     * A lead sentence telling an attack that killed or wounded people where the first cue of a frame is (sport,
     * training), with no earlier cue of that frame that was not such a setting: the frame is the attack's setting.
     */
    private void findLeadSettings(List<PhraseTable.Match<FrameKind>> matches, Sentence sentence, EvidenceLocator locator,
                                  List<Trigger> triggers, List<Trigger> attacks) {
        List<Token> tokens = sentence.tokens();
        boolean lead = sentence.index() < LEAD_SENTENCES && !mentionsThePast(tokens);
        boolean casualties = casualties(triggers, tokens);
        Set<FrameKind> seen = EnumSet.noneOf(FrameKind.class);
        for (PhraseTable.Match<FrameKind> m : matches) { // the first cue of each frame in the sentence
            if (!seen.add(m.value()) || !LEAD_SETTINGS.contains(m.value()) || leadSettings.contains(m.value())) {
                continue;
            }
            boolean struck = lead && attackStruckAt(m, attacks, triggers, tokens, sentence, locator);
            if (!struck) {
                plainCues.add(m.value());
            } else if (casualties && !plainCues.contains(m.value())) {
                leadSettings.add(m.value());
            }
        }
    }

    /**
     * The attack is the sentence's subject, told before its first verb ("Blast at football match kills 8", "Car bomb
     * hits hotel hosting seminar"), and linked to the cue by a preposition or a verb; the cue names no kind of attack
     * ("hostage drill", "a mock siege": an attack right before or after it). Not "Reporters learn to survive
     * kidnapping on a course": there the attack is what the course is about.
     */
    private static boolean attackStruckAt(PhraseTable.Match<FrameKind> cue, List<Trigger> attacks, List<Trigger> triggers,
                                          List<Token> tokens, Sentence sentence, EvidenceLocator locator) {
        int before = Math.max(cue.start() - 1, 0); // any trigger there, "a mock siege" too, names what the cue is about
        int after = Math.min(cue.end(), tokens.size() - 1);
        if (triggers.stream().anyMatch(t -> (FrameFinder.ATTACKS.contains(t.kind()) || t.kind() == TriggerKind.SIEGE)
                && t.evidence().start() >= at(before, tokens, sentence, locator)
                && t.evidence().start() <= at(after, tokens, sentence, locator))) {
            return false;
        }
        int firstVerb = 0;
        while (firstVerb < cue.start() && !tokens.get(firstVerb).isPos("VERB")) {
            firstVerb++;
        }
        int subjectEnd = at(firstVerb, tokens, sentence, locator);
        for (int k = 0; k < cue.start(); k++) {
            int link = at(k, tokens, sentence, locator);
            if (LINKS.stream().anyMatch(tokens.get(k)::isPos)
                    && attacks.stream().anyMatch(t -> t.evidence().start() < link && t.evidence().start() < subjectEnd)) {
                return true;
            }
        }
        return false;
    }

    /** A factual killing, or people wounded ("wounding 14", "were wounded"). */
    private static boolean casualties(List<Trigger> triggers, List<Token> tokens) {
        return triggers.stream().anyMatch(t -> t.isFactual() && t.kind() == TriggerKind.KILLING)
                || tokens.stream().anyMatch(t -> t.lower().startsWith("wound") && t.isPos("VERB"));
    }

    /** Where token k starts in the original text, as the triggers' evidence is located. */
    private static int at(int k, List<Token> tokens, Sentence sentence, EvidenceLocator locator) {
        return locator.locate(sentence.index(), tokens.get(k).start(), tokens.get(k).end()).start();
    }

    /**
     * The comma closing an opening clause that holds all the sentence's cues of other frames, each one looking
     * back ("A year after the massacre, ..."), or -1.
     */
    static int openingLookBackEnd(List<PhraseTable.Match<FrameKind>> matches, List<Token> tokens) {
        int lastCueEnd = -1;
        for (PhraseTable.Match<FrameKind> m : matches) {
            if (m.value() != FrameKind.NEW_EVENT) {
                if (!LOOKING_BACK.contains(m.value())) {
                    return -1;
                }
                lastCueEnd = Math.max(lastCueEnd, m.end());
            }
        }
        for (int k = Math.max(lastCueEnd, 0); lastCueEnd >= 0 && k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "A year after the massacre, gunmen struck again today": after the opening look back, an attack told before
     * the recent-time cue, with no past year in that main clause, is a new attack.
     */
    static boolean newsAfterLookBack(int lookBackEnd, PhraseTable.Match<FrameKind> cue, List<Token> tokens,
                                     Sentence sentence, EvidenceLocator locator, List<Trigger> attacks) {
        if (lookBackEnd < 0 || cue.start() <= lookBackEnd || mentionsThePast(tokens.subList(lookBackEnd + 1, tokens.size()))) {
            return false;
        }
        int from = locator.locate(sentence.index(), tokens.get(lookBackEnd).start(), tokens.get(lookBackEnd).end()).start();
        int to = locator.locate(sentence.index(), tokens.get(cue.start()).start(), tokens.get(cue.start()).end()).start();
        return attacks.stream().anyMatch(t -> t.evidence().start() > from && t.evidence().start() < to);
    }

    /**
     * A commemoration or history cue with no attack told before it in its sentence: what the text is about
     * ("Survivors remember the siege"), not where an attack struck ("Bomb explodes at memorial service").
     */
    private static boolean looksBackFirst(List<PhraseTable.Match<FrameKind>> matches, List<Token> tokens,
                                          Sentence sentence, EvidenceLocator locator, List<Trigger> attacks) {
        return matches.stream().filter(m -> LOOKING_BACK.contains(m.value()))
                .anyMatch(m -> !attackToldFirst(attacks, locator.locate(sentence.index(),
                        tokens.get(m.start()).start(), tokens.get(m.start()).end()).start()));
    }

    /** Whether an attack is told before the given position in the original text. */
    static boolean attackToldFirst(List<Trigger> attacks, int firstOtherCue) {
        return attacks.stream().anyMatch(t -> t.evidence().start() < firstOtherCue);
    }

    /** A year ("in 2009", "the 1985 hijacking") or a span of years ago: the attack told is an old one. */
    static boolean mentionsThePast(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.lower();
            if (PAST_WORDS.contains(w) || w.length() == 4 && (w.startsWith("19") || w.startsWith("20"))
                    && w.chars().allMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many days before the report's date the nearest event date of a frame's sentences lies (dates after the
     * report's date do not count); null without a report date or such a date.
     */
    static Integer daysBefore(String reportDate, List<EventDate> dates, List<Integer> sentences) {
        if (reportDate == null) {
            return null;
        }
        LocalDate report = LocalDate.parse(reportDate);
        return dates.stream()
                .filter(d -> sentences.contains(d.evidence().sentence()))
                .map(d -> LocalDate.parse(d.to()))
                .filter(to -> !to.isAfter(report))
                .map(to -> (int) ChronoUnit.DAYS.between(to, report))
                .min(Integer::compare).orElse(null);
    }
}
