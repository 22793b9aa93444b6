package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
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
 * What the lead says of the attacks it tells (whether it looks back, where its attack struck) and how far back
 * a frame's event lies are {@link ReportLead}'s to decide. Not thread-safe: one finder per document.
 */
final class FrameFinder {
    /** "Could have been used": a modal before a recent-time cue makes it a supposition, not news. */
    private static final Set<String> MODALS = Set.of("could", "would", "might", "may", "must", "should");

    /** Kinds of trigger that tell an attack (as the not-an-incident rule lists them). */
    static final Set<TriggerKind> ATTACKS = Set.of(TriggerKind.ARMED_ATTACK, TriggerKind.WEAPON_ATTACK,
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
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");

    /** Words of a charge before an attack word ("accused of bombing", "convicted of the killing of"). */
    private static final Set<String> CHARGES = Set.of("accused", "suspected", "charged", "convicted", "guilty",
            "acquitted", "alleged", "allegedly");
    private static final int CHARGE_REACH = 3;
    private static final int HEARD_REACH = 4;
    /** The cue a year long past counts as, once however many such years a text names. */
    private static final String OLD_YEAR = "a year before 1900";

    private final Lexicons lexicons;
    private final String document;
    private final Map<FrameKind, Found> found = new EnumMap<>(FrameKind.class);
    private final ReportLead lead = new ReportLead();

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
        List<Trigger> attacks = attacksTold(triggers, tokens, sentence, locator);
        lead.read(matches, sentence, locator, triggers, attacks);
        boolean otherFrame = otherFrame(matches, sentence, locator, attacks);
        int lookBackEnd = ReportLead.openingLookBackEnd(matches, tokens);
        for (PhraseTable.Match<FrameKind> m : matches) {
            if (m.value() == FrameKind.NEW_EVENT && (otherFrame
                    && !ReportLead.newsAfterLookBack(lookBackEnd, m, tokens, sentence, locator, attacks)
                    || m.start() > 0 && MODALS.contains(tokens.get(m.start() - 1).lower())
                    || plotLine(m, tokens))) {
                continue;
            }
            Evidence evidence = locator.locate(sentence.index(), tokens.get(m.start()).start(),
                    tokens.get(m.end() - 1).end());
            found.computeIfAbsent(m.value(), k -> new Found(evidence)).add(sentence.index(), m.phrase().source());
        }
        addOldYear(sentence, locator);
    }

    /**
     * Whether the sentence has a cue of a frame other than news that rules out its recent-time cues: any such cue,
     * unless all are settings an attack told before them struck, in a lead that does not look back and a sentence
     * naming no past year.
     */
    private boolean otherFrame(List<PhraseTable.Match<FrameKind>> matches, Sentence sentence, EvidenceLocator locator,
                               List<Trigger> attacks) {
        List<Token> tokens = sentence.tokens();
        // compared with the triggers' evidence, so located in the original text as theirs is
        int firstOtherCue = matches.stream().filter(m -> m.value() != FrameKind.NEW_EVENT)
                .mapToInt(m -> locator.locate(sentence.index(), tokens.get(m.start()).start(),
                        tokens.get(m.start()).end()).start())
                .min().orElse(Integer.MAX_VALUE);
        boolean onlySettings = matches.stream().allMatch(m -> m.value() == FrameKind.NEW_EVENT || SETTINGS.contains(m.value()));
        return firstOtherCue != Integer.MAX_VALUE
                && !(onlySettings && !lead.looksBack() && ReportLead.attackToldFirst(attacks, firstOtherCue)
                && !ReportLead.mentionsThePast(tokens));
    }

    /** "In 1347 an army laid siege to the city": no report of today names such a year, so it is a history cue. */
    private void addOldYear(Sentence sentence, EvidenceLocator locator) {
        for (Token t : sentence.tokens()) {
            if (oldYear(t)) {
                Evidence evidence = locator.locate(sentence.index(), t.start(), t.end());
                found.computeIfAbsent(FrameKind.HISTORY, k -> new Found(evidence)).add(sentence.index(), OLD_YEAR);
                break;
            }
        }
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

    /**
     * A charge word up to three tokens before the trigger ("accused of bombing", "charged with the killing of"), or
     * a retelling in court anywhere before it ("the court heard on Monday how", "the accused had planted a bomb").
     */
    private static boolean charged(Trigger t, List<Token> tokens, Sentence sentence, EvidenceLocator locator) {
        for (int k = 0; k < tokens.size(); k++) {
            if (locator.locate(sentence.index(), tokens.get(k).start(), tokens.get(k).end()).start() == t.evidence().start()) {
                for (int b = Math.max(0, k - CHARGE_REACH); b < k; b++) {
                    if (CHARGES.contains(tokens.get(b).lower())) {
                        return true;
                    }
                }
                return retoldInCourt(tokens, k);
            }
        }
        return false;
    }

    /** Words of the court that retell what the accused did, before token {@code k}. */
    private static boolean retoldInCourt(List<Token> tokens, int k) {
        for (int b = 1; b < k; b++) {
            String w = tokens.get(b).lower();
            if (w.equals("accused") && tokens.get(b - 1).lower().equals("the")
                    || w.equals("how") && heardBefore(tokens, b)) {
                return true;
            }
        }
        return false;
    }

    /** "heard how", "heard on Monday how": the verb of a court hearing evidence, up to four tokens before "how". */
    private static boolean heardBefore(List<Token> tokens, int how) {
        for (int b = Math.max(0, how - HEARD_REACH); b < how; b++) {
            if (tokens.get(b).lower().equals("heard")) {
                return true;
            }
        }
        return false;
    }

    /** The frames found, each with how far before the report's date its sentences' nearest event date lies. */
    List<ReportFrame> frames(List<EventDate> dates, String reportDate) {
        List<ReportFrame> frames = new ArrayList<>();
        found.forEach((kind, f) -> {
            if (!lead.isSetting(kind)) {
                frames.add(new ReportFrame(document, kind, f.cues, f.lead, f.sentences, f.first,
                        ReportLead.daysBefore(reportDate, dates, f.sentences)));
            }
        });
        return frames;
    }

    /**
     * The cues of one frame kind gathered so far. A cue phrase counts once however often it recurs: a report of an
     * attack on a prosecutor names "the prosecutor" in every sentence, and is no court report for that.
     */
    private static final class Found {
        final Evidence first;
        final List<Integer> sentences = new ArrayList<>();
        final Set<String> phrases = new HashSet<>();
        int cues;
        boolean lead;

        Found(Evidence first) {
            this.first = first;
        }

        void add(int sentence, String phrase) {
            if (phrases.add(phrase)) {
                cues++;
            }
            lead |= sentence < ReportLead.LEAD_SENTENCES;
            if (!sentences.contains(sentence)) {
                sentences.add(sentence);
            }
        }
    }
}
