package org.incidentclassifier.ingest;

/**
 * Text decoded from bytes.
 *
 * @param text     the decoded text, byte-order mark removed
 * @param encoding the charset used
 * @param fallback whether the bytes were not valid UTF-8 and a fallback charset was used
 */
record DecodedText(String text, String encoding, boolean fallback) {
}
