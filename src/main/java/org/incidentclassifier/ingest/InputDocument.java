package org.incidentclassifier.ingest;

import java.util.List;
import java.util.Objects;

/**
 * A decoded, repaired document. Immutable.
 *
 * @param id           unique within a batch: the file name without its extension, {@code -2},
 *                     {@code -3}... appended on a clash; {@code stdin} for standard input
 * @param path         the path as the user gave it, joined with the file's relative path when a
 *                     directory was given, with {@code /} separators; {@code -} for standard input
 * @param sha256       lowercase hex SHA-256 of the raw bytes
 * @param encoding     the charset the bytes were decoded with ({@code UTF-8}, {@code UTF-16LE},
 *                     {@code UTF-16BE}, {@code windows-1252})
 * @param originalText the decoded text before repair, byte-order mark removed
 * @param text         the repaired text that later stages read
 * @param offsets      maps offsets in {@code text} back to offsets in {@code originalText}
 * @param repairs      every repair made, in order of original offset (the {@code ENCODING} marker
 *                     first)
 * @param date         the report's date as its record gave it (JSON Lines input), ISO yyyy-MM-dd, or null:
 *                     it then overrides any date found in the text
 * @param source       the outlet or feed the record names, or null
 * @param url          where the report was published, as the record gives it, or null
 */
public record InputDocument(String id, String path, String sha256, String encoding,
                            String originalText, String text, OffsetMap offsets,
                            List<Repair> repairs, String date, String source, String url) implements IngestOutcome {

    /** A document read from a plain text file: no record gave a date, source or url. */
    public InputDocument(String id, String path, String sha256, String encoding, String originalText, String text,
                         OffsetMap offsets, List<Repair> repairs) {
        this(id, path, sha256, encoding, originalText, text, offsets, repairs, null, null, null);
    }

    /** This document with the date, source and url its record gave. */
    public InputDocument withReportInfo(String date, String source, String url) {
        return new InputDocument(id, path, sha256, encoding, originalText, text, offsets, repairs, date, source, url);
    }

    public InputDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(originalText, "originalText");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        repairs = List.copyOf(repairs);
    }
}
