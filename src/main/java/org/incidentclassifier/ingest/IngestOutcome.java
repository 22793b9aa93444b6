package org.incidentclassifier.ingest;

/**
 * What ingest makes of one input: a readable document, or an error that says why the input could
 * not be read. A batch yields one outcome per document (or per failed input), so nothing is lost.
 */
public sealed interface IngestOutcome permits InputDocument, InputError {
}
