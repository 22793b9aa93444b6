/**
 * Ingest: the first stage of the pipeline. Reads files, directories ({@code *.txt}, recursively,
 * sorted) and standard input; decodes bytes (byte-order mark, strict UTF-8, windows-1252
 * fallback); rejects empty and binary input with an {@link org.incidentclassifier.ingest.InputError};
 * repairs mojibake, broken lines and whitespace, recording each {@link
 * org.incidentclassifier.ingest.Repair}; and keeps an {@link org.incidentclassifier.ingest.OffsetMap}
 * so that every later span can be quoted from the text as it was read.
 *
 * <p>The entry point is {@link org.incidentclassifier.ingest.Ingest}; everything else public is
 * immutable data. The repair chain is assembled in one place, {@code TextRepairer}.
 */
package org.incidentclassifier.ingest;
