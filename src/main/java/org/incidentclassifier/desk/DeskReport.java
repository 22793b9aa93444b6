package org.incidentclassifier.desk;

/**
 * One report as the desk keeps it: its arrival number ({@code seq}, never reused), id, text and the date,
 * source and url its sender gave, the incident it opened or joined on arrival (null when it describes none),
 * and whether it has been withdrawn.
 */
public record DeskReport(long seq, String id, String text, String date, String source, String url,
                         String incident, boolean withdrawn) {

    DeskReport withIncident(String newIncident) {
        return new DeskReport(seq, id, text, date, source, url, newIncident, withdrawn);
    }
}
