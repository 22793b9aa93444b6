package org.incidentclassifier.spark;

import java.io.Serializable;
import java.util.TreeMap;

/**
 * One line of the job's output, or one unit's rule counts.
 *
 * @param kind  what the line holds
 * @param date  the partition it is written to: the incident's date, else its report's date, else {@code unknown}
 * @param json  the record as the CLI's {@code --format jsonl} writes it
 * @param fired for {@link Kind#RULES_FIRED}, how often each rule fired in the unit
 */
record OutputRecord(Kind kind, String date, String json, TreeMap<String, Integer> fired)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The kinds of record, as the CLI's JSON Lines has them, and the rule counts summed into its last line. */
    enum Kind { INCIDENT, DOCUMENT, ERROR, RULES_FIRED }

    /** The partition of records no date can be given to (errors, reports that give no date). */
    static final String NO_DATE = "unknown";
}
