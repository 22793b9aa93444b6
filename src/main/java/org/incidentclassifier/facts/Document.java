package org.incidentclassifier.facts;

/**
 * One input report: its id (file name without extension), the path it was read from, and the date the
 * report gives for itself (ISO yyyy-MM-dd, from a dateline or byline near the top), or null.
 */
public record Document(String id, String path, String date) {
    public Document(String id, String path) {
        this(id, path, null);
    }
}
