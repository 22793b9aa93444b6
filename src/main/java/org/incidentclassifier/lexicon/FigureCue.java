package org.incidentclassifier.lexicon;

/**
 * What a word near a figure says about it (lexicon/figure-cues.csv): BACKGROUND when the figure belongs to
 * another event ("last year's attack killed 30", "years since the bombing"); PRESENT when the people are
 * counted as present where a hijacking or siege happens ("98 passengers aboard", "a jet carrying 113 people");
 * HEADCOUNT when the words only count the people of a group present ("a crew of 19", "300 students were at the
 * school"): PRESENT and HEADCOUNT cues both give a headcount, which the arithmetic rules hold outcomes against.
 */
public enum FigureCue {
    BACKGROUND, PRESENT, HEADCOUNT
}
