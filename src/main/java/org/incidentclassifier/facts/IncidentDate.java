package org.incidentclassifier.facts;

/**
 * Conclusion of the date rules (rules/incidents/date.drl): the incident happened within {@code from} ..
 * {@code to} (ISO yyyy-MM-dd, inclusive; one day when they are equal). {@code chosen} is true for the date
 * the rules chose (the earliest event date) and false for another event date the reports give, which the
 * verdict lists as disputed or later days. The verdict gives the rule and the event date each rests on.
 * Identity semantics, as for {@link Classification}: each rule's conclusion is its own.
 */
public final class IncidentDate {
    private final String from;
    private final String to;
    private final boolean chosen;

    public IncidentDate(String from, String to, boolean chosen) {
        this.from = from;
        this.to = to;
        this.chosen = chosen;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public boolean isChosen() {
        return chosen;
    }

    @Override
    public String toString() {
        return "IncidentDate[" + from + (from.equals(to) ? "" : ".." + to) + (chosen ? "" : ", other") + "]";
    }
}
