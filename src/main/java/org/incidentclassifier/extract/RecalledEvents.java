package org.incidentclassifier.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.DateBasis;
import org.incidentclassifier.facts.EventDate;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.lexicon.FigureCue;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhraseTable;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * The events a long report recalls as background once it has told its news: "Last month gunmen kidnapped two
 * traders from the same market", "The governor was assassinated in a similar attack in 2019", "The attack came a
 * week after troops raided a hideout". Their event words are read as not factual (as MentionFinder reads "two
 * years after the siege"), so the recalled event adds no type to the report and does not compete for its main
 * event. Only after a sentence that told an attack as news: a report that opens with a recalled event ("Last
 * month's kidnapping ended on Sunday when troops freed ...") still has its news ahead of it.
 * Not thread-safe: one per document, fed its sentences in order.
 */
final class RecalledEvents {
    /** Event words a recalled event is told with; places, forces and claims of responsibility are left as they are. */
    private static final Set<TriggerKind> EVENT_WORDS = EnumSet.of(TriggerKind.HOSTAGE_TAKING, TriggerKind.KIDNAPPING,
            TriggerKind.SIEGE, TriggerKind.ARMED_ATTACK, TriggerKind.UNARMED_ATTACK, TriggerKind.BOMBING,
            TriggerKind.AIRSTRIKE, TriggerKind.SECURITY_OPERATION, TriggerKind.STATE_OPERATION, TriggerKind.HIJACKING,
            TriggerKind.ASSASSINATION, TriggerKind.SABOTAGE, TriggerKind.WEAPON_ATTACK, TriggerKind.KILLING,
            TriggerKind.VEHICLE_RAMMING, TriggerKind.ARSON, TriggerKind.TARGETED_KILLING, TriggerKind.ATTACKER,
            TriggerKind.TARGETING, TriggerKind.FIGURE_HARMED, TriggerKind.ATTACKER_STOPPED, TriggerKind.PUBLIC_FIGURE,
            TriggerKind.EXPLOSIVE_WEAPON);
    /** Spans of time an earlier event lies back: "a week after", "two months ago"; days are still the aftermath. */
    private static final Set<String> SPANS = Set.of("week", "weeks", "month", "months", "year", "years");
    /** "last week", "earlier this month", "the previous month": when an earlier event was. */
    private static final Set<String> PERIODS = Set.of("week", "month", "year");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** The last word of a cue that dates the news from an earlier event: "a year after", "years since". */
    private static final Set<String> ANCHORS = Set.of("after", "since", "before");
    /** Words that end the clause a time cue governs. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "but", "while", "whereas");
    /** A date this many days or more before the report's own is another event's. */
    private static final int OLD_DATE_DAYS = 14;

    private final Lexicons lexicons;
    private final PastYears pastYears;
    private final String reportDate;
    /** Whether an earlier sentence told a factual attack: the report's news. */
    private boolean newsTold;
    /** The last day of the first date a sentence telling the news gave, or null: the day recalled events precede. */
    private LocalDate newsDay;
    /** How that date was read: news dated by a weekday ("on Wednesday") names a bare month only for another event. */
    private DateBasis newsBasis;
    /** The tokens of the current sentence that tell a recalled event. */
    private boolean[] recalled = new boolean[0];

    RecalledEvents(Lexicons lexicons, PastYears pastYears, String reportDate) {
        this.lexicons = lexicons;
        this.pastYears = pastYears;
        this.reportDate = reportDate;
    }

    /**
     * Reads which tokens of the next sentence tell a recalled event; call before {@link #recalls} and
     * {@link #read}. {@code dates} are the dates the sentence gives.
     */
    void start(Sentence sentence, List<EventDate> dates, EvidenceLocator locator) {
        recalled = newsTold ? recalledTokens(sentence, dates, locator) : new boolean[sentence.tokens().size()];
    }

    /** Whether the token at {@code k} of the current sentence tells a recalled event: a figure there is background. */
    boolean recalls(int k) {
        return k >= 0 && k < recalled.length && recalled[k];
    }

    /** The current sentence's triggers, those of a recalled event read as not factual. */
    List<Trigger> read(Sentence sentence, List<Trigger> triggers, List<EventDate> dates, EvidenceLocator locator) {
        List<Trigger> read = new ArrayList<>(triggers.size());
        for (Trigger t : triggers) {
            boolean back = t.isFactual() && EVENT_WORDS.contains(t.kind())
                    && recalls(tokenAt(sentence, t.evidence().start(), locator));
            read.add(back ? new Trigger(t.document(), t.kind(), t.phrase(), t.negated(), true, t.evidence()) : t);
        }
        boolean news = read.stream().anyMatch(t -> t.isFactual() && FrameFinder.ATTACKS.contains(t.kind()));
        if (news && newsDay == null) {
            dates.stream().filter(d -> !d.recalled() && d.basis() != DateBasis.DATELINE).findFirst()
                    .ifPresent(d -> {
                        newsDay = LocalDate.parse(d.to());
                        newsBasis = d.basis();
                    });
        }
        newsTold |= news;
        return read;
    }

    /** Which tokens of the sentence a time cue puts in an earlier event. */
    private boolean[] recalledTokens(Sentence sentence, List<EventDate> dates, EvidenceLocator locator) {
        List<Token> tokens = sentence.tokens();
        boolean[] recalled = new boolean[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) {
            int cueEnd = timeCueEnd(tokens, k);
            if (cueEnd > k) {
                // "This attack comes a year after the last one": an anchor cue recalls only what follows it
                mark(recalled, tokens, k, cueEnd, !ANCHORS.contains(tokens.get(cueEnd - 1).lower()));
                continue;
            }
            cueEnd = anchorEnd(tokens, k);
            if (cueEnd > k) {
                mark(recalled, tokens, k, cueEnd, false); // "a week after troops raided": only what follows
            } else if (pastYears.recalls(tokens, k, k + 1)) {
                recalled[k] = true;
            }
        }
        for (EventDate d : dates) {
            if (d.recalled() || old(d)) {
                int k = tokenAt(sentence, d.evidence().start(), locator);
                if (k >= 0) {
                    mark(recalled, tokens, k, k + 1, true);
                }
            }
        }
        return recalled;
    }

    /**
     * Marks the clause around a cue at {@code from} .. {@code to}: all of it (back to an anchor word, "since",
     * "after", "than", that opens the recalled part), or only what follows the cue.
     */
    private static void mark(boolean[] recalled, List<Token> tokens, int from, int to, boolean wholeClause) {
        int start = from;
        // "the deadliest since a similar attack years ago": the clause before "since" is the news
        while (wholeClause && start > 0 && !CLAUSE_ENDS.contains(tokens.get(start - 1).lower())
                && !ANCHORS.contains(tokens.get(start - 1).lower()) && !tokens.get(start - 1).lower().equals("than")) {
            start--;
        }
        int end = to;
        while (end < tokens.size() && !CLAUSE_ENDS.contains(tokens.get(end).lower())) {
            end++;
        }
        for (int k = start; k < end; k++) {
            recalled[k] = true;
        }
    }

    /**
     * The end of a time cue at {@code k} that dates an earlier event, or -1: a background cue of
     * lexicon/figure-cues.csv ("last year", "a similar attack", "months ago"), "last week|month", "earlier this
     * week|month|year", "the previous week|month", "weeks ago", "in March" (a bare month, unless the news was
     * dated by one).
     */
    private int timeCueEnd(List<Token> tokens, int k) {
        PhraseTable.Match<FigureCue> m = lexicons.figureCues().longestAt(tokens, k);
        if (m != null && m.value() == FigureCue.BACKGROUND) {
            return m.end();
        }
        String w = tokens.get(k).lower();
        String next = k + 1 < tokens.size() ? tokens.get(k + 1).lower() : "";
        String third = k + 2 < tokens.size() ? tokens.get(k + 2).lower() : "";
        if ((w.equals("last") || w.equals("previous")) && PERIODS.contains(next)) {
            return k + 2;
        }
        if (w.equals("earlier") && next.equals("this") && PERIODS.contains(third)) {
            return k + 3;
        }
        if (w.equals("in") && MONTHS.contains(next) && !third.matches("\\d+") && newsBasis != DateBasis.MONTH) {
            return k + 2; // "In January a roadside bomb killed five": a bare month after the news is another time
        }
        return SPANS.contains(w) && next.equals("ago") ? k + 2 : -1;
    }

    /** The end of "a week after", "two months before", "follows the", or -1: an anchor to an earlier event. */
    private static int anchorEnd(List<Token> tokens, int k) {
        String w = tokens.get(k).lower();
        String next = k + 1 < tokens.size() ? tokens.get(k + 1).lower() : "";
        if (SPANS.contains(w) && (next.equals("after") || next.equals("before"))) {
            return k + 2;
        }
        return (w.equals("follows") || w.equals("followed")) && (next.equals("the") || next.equals("a")) ? k + 1 : -1;
    }

    /**
     * A date two weeks or more before the news's own date (the first one the news sentences gave), else before the
     * report's date: a retrospective published long after dates its news in its lead. A bare month, when the news
     * was dated by a weekday or "yesterday".
     */
    private boolean old(EventDate d) {
        if (d.basis() == DateBasis.MONTH && (newsBasis == DateBasis.WEEKDAY || newsBasis == DateBasis.DAY_WORD)) {
            return true; // "Gunmen struck on Wednesday ... In January a bomb killed five on the same road"
        }
        LocalDate news = newsDay != null ? newsDay : reportDate == null ? null : LocalDate.parse(reportDate);
        if (news == null || d.basis() == DateBasis.DATELINE) {
            return false;
        }
        return ChronoUnit.DAYS.between(LocalDate.parse(d.to()), news) >= OLD_DATE_DAYS;
    }

    /** The index of the first token at or after {@code start} in the original text, or -1. */
    private static int tokenAt(Sentence sentence, int start, EvidenceLocator locator) {
        List<Token> tokens = sentence.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            int at = locator.locate(sentence.index(), tokens.get(k).start(), tokens.get(k).end()).start();
            if (at >= start) {
                return k;
            }
        }
        return -1;
    }
}
