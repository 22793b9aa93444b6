package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentclassifier.facts.EventDate;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.FrameKind;
import org.incidentclassifier.facts.ReportFrame;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * Finds what kind of text a report is from the cue words of lexicon/frames.csv: one {@link ReportFrame} per
 * frame kind whose cues the report has. Feed it the sentences in order, then read {@link #frames()}.
 * Not thread-safe: one finder per document.
 */
final class FrameFinder {
    /** The headline and the two sentences after it say what a text is. */
    private static final int LEAD_SENTENCES = 3;
    /** "Could have been used": a modal before a recent-time cue makes it a supposition, not news. */
    private static final Set<String> MODALS = Set.of("could", "would", "might", "may", "must", "should");

    /** Kinds of trigger that tell an attack (as the not-an-incident rule lists them). */
    private static final Set<TriggerKind> ATTACKS = Set.of(TriggerKind.ARMED_ATTACK, TriggerKind.WEAPON_ATTACK,
            TriggerKind.ATTACKER, TriggerKind.BOMBING, TriggerKind.HOSTAGE_TAKING, TriggerKind.KIDNAPPING,
            TriggerKind.HIJACKING, TriggerKind.ASSASSINATION, TriggerKind.TARGETED_KILLING, TriggerKind.SABOTAGE,
            TriggerKind.ARSON, TriggerKind.UNARMED_ATTACK, TriggerKind.VEHICLE_RAMMING);
    /**
     * Frames whose cue words can be the setting of a real attack (a cinema showing a film, a courthouse during a
     * trial, a memorial service, a speech). Not an accident's explosion, a drill's mock assault, a match "stormed"
     * or a takeover "raid": there the attack words themselves are what the frame is about.
     */
    private static final Set<FrameKind> SETTINGS = Set.of(FrameKind.REVIEW, FrameKind.COURT, FrameKind.COMMEMORATION,
            FrameKind.SPEECH);
    /**
     * Frames whose first cue, in the lead after a factual attack, is where that attack struck ("a bomb exploded at
     * a football match", "a car bomb hit a hotel hosting a security seminar"), so the frame is not the report's.
     */
    private static final Set<FrameKind> LEAD_SETTINGS = Set.of(FrameKind.SPORT, FrameKind.TRAINING);
    /** Parts of speech that tell where or to what an attack happened between it and a setting cue: "at", "hits". */
    private static final Set<String> LINKS = Set.of("ADP", "VERB");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");
    private static final Set<String> PAST_WORDS = Set.of("ago", "anniversary", "years", "decade", "decades", "century");
    /** Frames of a text that looks back: once one leads the report, an attack it retells is the old one. */
    private static final Set<FrameKind> LOOKING_BACK = Set.of(FrameKind.COMMEMORATION, FrameKind.HISTORY);

    /** Words of a charge before an attack word ("accused of bombing", "convicted of the killing of"). */
    private static final Set<String> CHARGES = Set.of("accused", "suspected", "charged", "convicted", "guilty",
            "acquitted", "alleged", "allegedly");
    private static final int CHARGE_REACH = 3;
    /** The cue a year long past counts as, once however many such years a text names. */
    private static final String OLD_YEAR = "a year before 1900";

    private final Lexicons lexicons;
    private final String document;
    private final Map<FrameKind, Found> found = new EnumMap<>(FrameKind.class);
    /** A commemoration or history cue in the lead, not the setting of an attack told before it. */
    private boolean pastLead;
    /** Frames whose first cue is where an attack told before it in the lead struck: not what the report is about. */
    private final Set<FrameKind> leadSettings = EnumSet.noneOf(FrameKind.class);
    /** Frames with a cue before that was not the setting of an attack: those the report may be about. */
    private final Set<FrameKind> plainCues = EnumSet.noneOf(FrameKind.class);

    FrameFinder(Lexicons lexicons, String document) {
        this.lexicons = lexicons;
        this.document = document;
    }

    /**
     * The cues of one sentence. A recent-time cue counts only in a sentence with no cue of another frame ("the film
     * opens on Friday"), unless an attack that happened is told before that cue, with no past year or "years ago"
     * in the sentence: "Gunmen attacked a cinema showing a thriller on Saturday" is news of the attack. Not once
     * the lead looks back ("Town remembers the market bombing"): an anniversary piece retells the old attack with
     * its weekday ("gunmen bombed the market on a Saturday; on Sunday survivors laid wreaths").
     */
    void add(Sentence sentence, EvidenceLocator locator, List<Trigger> triggers) {
        List<Token> tokens = sentence.tokens();
        List<PhraseTable.Match<FrameKind>> matches = lexicons.frames().findAll(tokens);
        // compared with the triggers' evidence, so located in the original text as theirs is
        int firstOtherCue = matches.stream().filter(m -> m.value() != FrameKind.NEW_EVENT)
                .mapToInt(m -> locator.locate(sentence.index(), tokens.get(m.start()).start(),
                        tokens.get(m.start()).end()).start())
                .min().orElse(Integer.MAX_VALUE);
        boolean onlySettings = matches.stream().allMatch(m -> m.value() == FrameKind.NEW_EVENT || SETTINGS.contains(m.value()));
        List<Trigger> attacks = attacksTold(triggers, tokens, sentence, locator);
        pastLead |= sentence.index() < LEAD_SENTENCES && looksBackFirst(matches, tokens, sentence, locator, attacks);
        boolean otherFrame = firstOtherCue != Integer.MAX_VALUE
                && !(onlySettings && !pastLead && attackToldFirst(attacks, firstOtherCue) && !mentionsThePast(tokens));
        findLeadSettings(matches, sentence, locator, triggers, attacks);
        int lookBackEnd = openingLookBackEnd(matches, tokens);
        for (PhraseTable.Match<FrameKind> m : matches) {
            if (m.value() == FrameKind.NEW_EVENT && (otherFrame
                    && !newsAfterLookBack(lookBackEnd, m, tokens, sentence, locator, attacks)
                    || m.start() > 0 && MODALS.contains(tokens.get(m.start() - 1).lower())
                    || plotLine(m, tokens))) {
                continue;
            }
            Evidence evidence = locator.locate(sentence.index(), tokens.get(m.start()).start(),
                    tokens.get(m.end() - 1).end());
            found.computeIfAbsent(m.value(), k -> new Found(evidence)).add(sentence.index(), m.phrase().source());
        }
        for (Token t : tokens) {
            if (oldYear(t)) { // "In 1347 an army laid siege to the city": no report of today names such a year
                Evidence evidence = locator.locate(sentence.index(), t.start(), t.end());
                found.computeIfAbsent(FrameKind.HISTORY, k -> new Found(evidence)).add(sentence.index(), OLD_YEAR);
                break;
            }
        }
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
        if (triggers.stream().anyMatch(t -> (ATTACKS.contains(t.kind()) || t.kind() == TriggerKind.SIEGE)
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
     * "terrorists who have taken the ambassador hostage" in a report whose lead names a film, game or book: a
     * relative clause of its plot, not news.
     */
    private boolean plotLine(PhraseTable.Match<FrameKind> cue, List<Token> tokens) {
        Found review = found.get(FrameKind.REVIEW);
        return review != null && review.lead && cue.start() > 0
                && RELATIVES.contains(tokens.get(cue.start() - 1).lower());
    }

    /** A year before 1900, as a number of its own. */
    private static boolean oldYear(Token t) {
        String w = t.lower();
        return t.isPos("NUM") && w.length() == 4 && w.chars().allMatch(Character::isDigit)
                && w.compareTo("1000") >= 0 && w.compareTo("1900") < 0;
    }

    /**
     * The comma closing an opening clause that holds all the sentence's cues of other frames, each one looking
     * back ("A year after the massacre, ..."), or -1.
     */
    private static int openingLookBackEnd(List<PhraseTable.Match<FrameKind>> matches, List<Token> tokens) {
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
    private static boolean newsAfterLookBack(int lookBackEnd, PhraseTable.Match<FrameKind> cue, List<Token> tokens,
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

    private static boolean attackToldFirst(List<Trigger> attacks, int firstOtherCue) {
        return attacks.stream().anyMatch(t -> t.evidence().start() < firstOtherCue);
    }

    /**
     * The sentence's factual attack triggers, less those named as a charge ("a man accused of bombing the station
     * told the jury on Monday"): the charge is the trial's subject, not an attack told as news.
     */
    private static List<Trigger> attacksTold(List<Trigger> triggers, List<Token> tokens, Sentence sentence,
                                             EvidenceLocator locator) {
        List<Trigger> told = new ArrayList<>();
        for (Trigger t : triggers) {
            if (t.isFactual() && ATTACKS.contains(t.kind()) && !charged(t, tokens, sentence, locator)) {
                told.add(t);
            }
        }
        return told;
    }

    /** A charge word up to two tokens before the trigger: "accused of bombing", "charged with the killing of". */
    private static boolean charged(Trigger t, List<Token> tokens, Sentence sentence, EvidenceLocator locator) {
        for (int k = 0; k < tokens.size(); k++) {
            if (locator.locate(sentence.index(), tokens.get(k).start(), tokens.get(k).end()).start() == t.evidence().start()) {
                for (int b = Math.max(0, k - CHARGE_REACH); b < k; b++) {
                    if (CHARGES.contains(tokens.get(b).lower())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** A year ("in 2009", "the 1985 hijacking") or a span of years ago: the attack told is an old one. */
    private static boolean mentionsThePast(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.lower();
            if (PAST_WORDS.contains(w) || w.length() == 4 && (w.startsWith("19") || w.startsWith("20"))
                    && w.chars().allMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** The frames found, each with how far before the report's date its sentences' nearest event date lies. */
    List<ReportFrame> frames(List<EventDate> dates, String reportDate) {
        List<ReportFrame> frames = new ArrayList<>();
        found.forEach((kind, f) -> {
            if (!leadSettings.contains(kind)) {
                frames.add(new ReportFrame(document, kind, f.cues, f.lead, f.sentences, f.first,
                        daysBefore(reportDate, dates, f.sentences)));
            }
        });
        return frames;
    }

    private static Integer daysBefore(String reportDate, List<EventDate> dates, List<Integer> sentences) {
        if (reportDate == null) {
            return null;
        }
        java.time.LocalDate report = java.time.LocalDate.parse(reportDate);
        return dates.stream()
                .filter(d -> sentences.contains(d.evidence().sentence()))
                .map(d -> java.time.LocalDate.parse(d.to()))
                .filter(to -> !to.isAfter(report))
                .map(to -> (int) java.time.temporal.ChronoUnit.DAYS.between(to, report))
                .min(Integer::compare).orElse(null);
    }

    /**
     * The cues of one frame kind gathered so far. A cue phrase counts once however often it recurs: a report of an
     * attack on a prosecutor names "the prosecutor" in every sentence, and is no court report for that.
     */
    private static final class Found {
        final Evidence first;
        final List<Integer> sentences = new ArrayList<>();
        final java.util.Set<String> phrases = new java.util.HashSet<>();
        int cues;
        boolean lead;

        Found(Evidence first) {
            this.first = first;
        }

        void add(int sentence, String phrase) {
            if (phrases.add(phrase)) {
                cues++;
            }
            lead |= sentence < LEAD_SENTENCES;
            if (!sentences.contains(sentence)) {
                sentences.add(sentence);
            }
        }
    }
}
