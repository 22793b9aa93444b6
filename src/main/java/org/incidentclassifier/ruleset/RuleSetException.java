package org.incidentclassifier.ruleset;

import java.util.List;

/** The rules directory cannot be used; {@code problems} are the individual file:line:column messages. */
public final class RuleSetException extends Exception {
    private final List<RuleProblem> problems;

    public RuleSetException(String message) {
        this(message, List.of());
    }

    public RuleSetException(String message, List<RuleProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
