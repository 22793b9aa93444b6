package org.incidentclassifier.extract;

import org.incidentclassifier.facts.Source;
import org.incidentclassifier.facts.Stance;

/**
 * Who says something in a sentence and how: "The militants claimed", "according to APS", "ANI said".
 * {@code cue} is the token index of the reporting word, {@code speakerStart} where the speaker's words begin; claims take the attribution whose cue governs them.
 * {@code source} is null when the speaker is a pronoun ("He claimed"): the extractor carries over the
 * speaker last named in the document.
 */
record Attribution(Source source, Stance stance, int cue, int speakerStart) {
    Attribution(Source source, Stance stance, int cue) {
        this(source, stance, cue, cue);
    }
}
