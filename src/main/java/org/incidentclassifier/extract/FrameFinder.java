package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentclassifier.facts.EventDate;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.FrameKind;
import org.incidentclassifier.facts.ReportFrame;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.PhrasePattern;
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

    private final Lexicons lexicons;
    private final String document;
    private final Map<FrameKind, Found> found = new EnumMap<>(FrameKind.class);

    FrameFinder(Lexicons lexicons, String document) {
        this.lexicons = lexicons;
        this.document = document;
    }

    /** The cues of one sentence. A recent-time cue counts only in a sentence with no cue of another frame. */
    void add(Sentence sentence, EvidenceLocator locator) {
        List<Token> tokens = sentence.tokens();
        List<PhraseTable.Match<FrameKind>> matches = lexicons.frames().findAll(tokens);
        boolean otherFrame = matches.stream().anyMatch(m -> m.value() != FrameKind.NEW_EVENT);
        for (PhraseTable.Match<FrameKind> m : matches) {
            if (m.value() == FrameKind.NEW_EVENT && (otherFrame
                    || m.start() > 0 && MODALS.contains(tokens.get(m.start() - 1).lower()))) {
                continue;
            }
            Evidence evidence = locator.locate(sentence.index(), tokens.get(m.start()).start(),
                    tokens.get(m.end() - 1).end());
            found.computeIfAbsent(m.value(), k -> new Found(evidence)).add(sentence.index(), m.phrase());
        }
    }

    /** The frames found, each with how far before the report's date its sentences' nearest event date lies. */
    List<ReportFrame> frames(List<EventDate> dates, String reportDate) {
        List<ReportFrame> frames = new ArrayList<>();
        found.forEach((kind, f) -> frames.add(new ReportFrame(document, kind, f.cues, f.lead, f.sentences, f.first,
                daysBefore(reportDate, dates, f.sentences))));
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
        final java.util.Set<PhrasePattern> phrases = new java.util.HashSet<>();
        int cues;
        boolean lead;

        Found(Evidence first) {
            this.first = first;
        }

        void add(int sentence, PhrasePattern phrase) {
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
