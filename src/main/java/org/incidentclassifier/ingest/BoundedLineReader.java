package org.incidentclassifier.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines without ever holding more than a limit: a line over the limit is skipped to its end and
 * reported as too long, so one endless line cannot exhaust memory. Line ends are {@code \n},
 * {@code \r\n} or {@code \r}.
 */
final class BoundedLineReader {

    /** One line's text, or the mark of a line that was over the limit (its text is then empty). */
    record Line(String text, boolean tooLong) {}

    private final Reader in;
    private final int limit;
    private int pending = -2; // a character read ahead after '\r', or -2 for none

    BoundedLineReader(Reader in, int limit) {
        this.in = in.markSupported() ? in : new java.io.BufferedReader(in);
        this.limit = limit;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        int c = read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            if (text.length() < limit) {
                text.append((char) c);
            } else {
                tooLong = true;
            }
            c = read();
        }
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                pending = after;
            }
        }
        return tooLong ? new Line("", true) : new Line(text.toString(), false);
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        return in.read();
    }
}
