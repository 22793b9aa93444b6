package org.incidentclassifier.extract;

import java.util.List;
import java.util.stream.Collectors;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.NationalityCount;

/**
 * A one-line rendering of a count claim for table tests:
 * {@code VALUE[~][(MIN-MAX)] SUBJECT STATUS SOURCE_KIND STANCE [CC:n ...]}, e.g.
 * {@code 35 HOSTAGES KILLED PERPETRATOR UNCONFIRMED}, {@code 200~(180-221) WORKERS ESCAPED PERPETRATOR REPORTED [DZ:200]},
 * {@code ? FOREIGN_HOSTAGES ESCAPED UNKNOWN REPORTED}. Bounds are shown only when they differ from the value;
 * a figure of another event ends with {@code BACKGROUND}.
 */
public final class ClaimNotation {
    private ClaimNotation() {
    }

    public static String render(CountClaim c) {
        StringBuilder s = new StringBuilder(c.value() == null ? "?" : c.value().toString());
        if (c.approx()) {
            s.append('~');
        }
        boolean exact = c.value() != null && c.value().equals(c.min()) && c.value().equals(c.max());
        if (!exact && (c.min() != null || c.max() != null)) {
            s.append('(').append(c.min() == null ? "" : c.min()).append('-').append(c.max() == null ? "" : c.max()).append(')');
        }
        s.append(' ').append(c.subject()).append(' ').append(c.status()).append(' ').append(c.source().kind())
                .append(' ').append(c.stance());
        if (!c.breakdown().isEmpty()) {
            s.append(" [").append(c.breakdown().stream().map(ClaimNotation::part).collect(Collectors.joining(" ")))
                    .append(']');
        }
        if (c.background()) {
            s.append(" BACKGROUND");
        }
        return s.toString();
    }

    static String render(List<CountClaim> claims) {
        return claims.stream().map(ClaimNotation::render).collect(Collectors.joining(" ; "));
    }

    private static String part(NationalityCount n) {
        return n.country() + ":" + (n.value() == null ? "?" : n.value());
    }
}
