package org.incidentclassifier.facts;

/**
 * A row of lexicon/credibility.csv, inserted into every session: claims from this kind of source with this
 * stance get this reliability (A completely reliable .. F cannot be judged, as on the NATO/Admiralty scale)
 * and credibility (1 confirmed .. 6 cannot be judged).
 */
public record SourceGrade(SourceKind sourceKind, Stance stance, String reliability, int credibility) {}
