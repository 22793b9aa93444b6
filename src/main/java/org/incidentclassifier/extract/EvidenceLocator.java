package org.incidentclassifier.extract;

import org.incidentclassifier.facts.Evidence;

/**
 * Turns a span of the analysed (repaired) text into evidence in the original text. The pipeline supplies
 * it from ingest's offset map, so extraction never needs to know how the text was repaired.
 */
@FunctionalInterface
public interface EvidenceLocator {
    Evidence locate(int sentence, int start, int end);
}
