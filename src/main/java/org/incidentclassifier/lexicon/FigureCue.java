package org.incidentclassifier.lexicon;

/**
 * What a word near a figure says about it (lexicon/figure-cues.csv): BACKGROUND when the figure belongs to
 * another event ("last year's attack killed 30", "years since the bombing"); PRESENT when the people are
 * counted as present where a hijacking or siege happens ("98 passengers aboard", "a jet carrying 113 people").
 */
public enum FigureCue {
    BACKGROUND, PRESENT
}
