package org.incidentclassifier.facts;

/**
 * What kind of text a report is (lexicon/frames.csv maps cue words to these). {@code NEW_EVENT} is news of
 * something that just happened: its cues are words that date an event as recent ("on Tuesday", "overnight").
 * The others are texts that use attack words without reporting an attack: a review of a film, game, book or
 * series, a court report, a commemoration, a history piece, an analysis, a speech, a training exercise, a
 * business or sport story, a disaster or accident, a plot foiled before any attack, a cyber attack on computers
 * only (no physical violence or damage, so no attack in the GTD's sense).
 */
public enum FrameKind {
    NEW_EVENT, REVIEW, COURT, COMMEMORATION, HISTORY, ANALYSIS, SPEECH, TRAINING, BUSINESS, SPORT, DISASTER,
    FOILED_PLOT, CYBER
}
