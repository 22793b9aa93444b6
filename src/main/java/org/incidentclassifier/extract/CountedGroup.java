package org.incidentclassifier.extract;

import java.util.List;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.NationalityCount;
import org.incidentclassifier.facts.Subject;

/**
 * A quantity with the people it counts, before status and source are known: "15 foreigners",
 * "two Americans, three Belgians, a Japanese and a Briton" (a list, one group with a breakdown).
 * Tokens [start, end); {@code status} is set when the phrase itself carries it ("the dead hostages").
 */
record CountedGroup(int start, int end, Quantity quantity, Subject subject, List<NationalityCount> breakdown,
                    ClaimStatus status, boolean partitive) {
    CountedGroup(int start, int end, Quantity quantity, Subject subject, List<NationalityCount> breakdown,
                 ClaimStatus status) {
        this(start, end, quantity, subject, breakdown, status, false);
    }

    CountedGroup {
        breakdown = List.copyOf(breakdown);
    }

    CountedGroup withBreakdown(List<NationalityCount> parts) {
        return new CountedGroup(start, end, quantity, subject, parts, status, partitive);
    }

    CountedGroup withQuantity(Quantity q) {
        return new CountedGroup(start, end, q, subject, breakdown, status, partitive);
    }

    CountedGroup withEnd(int newEnd) {
        return new CountedGroup(start, newEnd, quantity, subject, breakdown, status, partitive);
    }

    CountedGroup asPartitive() {
        return new CountedGroup(start, end, quantity, subject, breakdown, status, true);
    }

    boolean isNationalityOnly() {
        return subject == Subject.PEOPLE && breakdown.size() == 1 && breakdown.get(0).value() != null;
    }
}
