package org.incidentclassifier.extract;

import org.incidentclassifier.facts.ClaimStatus;

/**
 * What a verb group says happened, over tokens [start, end): the status, whether the wording hedges it
 * ("feared dead", "reported wounded"), and whether it comes from an "including" list, which shares the
 * status of the whole before it.
 */
record StatedStatus(ClaimStatus value, int start, int end, boolean hedged, boolean including) {
    StatedStatus(ClaimStatus value, int start, int end, boolean hedged) {
        this(value, start, end, hedged, false);
    }
}
