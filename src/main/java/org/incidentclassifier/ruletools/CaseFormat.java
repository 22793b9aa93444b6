package org.incidentclassifier.ruletools;

import java.util.stream.Collectors;

/**
 * The reference table of the test-case format for the analysts' guide, written from the same definitions the
 * case reader uses ({@link FragmentKind}), so that the guide cannot list a key or field the reader refuses.
 */
public final class CaseFormat {
    private CaseFormat() {
    }

    /** The markdown table of what may stand under {@code expect:} and {@code reject:}. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| key | matches | a bare value means | fields |\n|---|---|---|---|\n");
        md.append("| `incident` | whether the verdict has an incident at all | | `true` or `false` |\n");
        md.append("| `incidents` | how many incidents the verdict has (reports of one incident are grouped) | |"
                + " a whole number |\n");
        md.append("| `primary` | the incident's first (most confident) type | | an `IncidentType` |\n");
        for (FragmentKind kind : FragmentKind.values()) {
            String fields = kind.fields().stream().map(f -> "`" + f.name() + "` (" + f.describe() + ")")
                    .collect(Collectors.joining(", "));
            md.append("| `").append(kind.key()).append("` | ").append(kind.matches()).append(" | ")
                    .append(kind.shorthand().map(s -> "`{" + s + ": VALUE}`").orElse("")).append(" | ")
                    .append(fields).append(" |\n");
        }
        return md.toString();
    }
}
