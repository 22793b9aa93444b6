package org.incidentclassifier.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Tidies spaces without touching line structure: removes spaces and tabs at line ends and at the
 * start of the text, collapses runs of spaces inside a line to one, and turns non-breaking spaces
 * into plain ones (later stages split words on plain spaces). Tabs inside a line are kept: they may
 * separate columns. Runs after {@link LineBreakRepair}, so line breaks are {@code \n}.
 */
final class WhitespaceRepair implements RepairStage {

    @Override
    public List<Edit> find(String text) {
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!LineBreakRepair.isHorizontalSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < text.length() && LineBreakRepair.isHorizontalSpace(text.charAt(i))) {
                i++;
            }
            boolean atLineEnd = i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
            if (runStart == 0 || atLineEnd) {
                edits.add(new Edit(runStart, i, "", RepairKind.WHITESPACE));
            } else {
                collapseSpaces(text, runStart, i, edits);
            }
        }
        return edits;
    }

    /** Within a run inside a line, every stretch of (non-breaking) spaces becomes one space. */
    private static void collapseSpaces(String text, int start, int end, List<Edit> edits) {
        int i = start;
        while (i < end) {
            if (text.charAt(i) == '\t') {
                i++;
                continue;
            }
            int stretchStart = i;
            while (i < end && text.charAt(i) != '\t') {
                i++;
            }
            if (i - stretchStart > 1 || text.charAt(stretchStart) != ' ') {
                edits.add(new Edit(stretchStart, i, " ", RepairKind.WHITESPACE));
            }
        }
    }
}
