package org.incidentclassifier.ingest;

/** Raised inside ingest when an input cannot become a document; becomes an {@link InputError}. */
final class RejectedInput extends Exception {

    private static final long serialVersionUID = 1L;

    private final InputProblem problem;

    RejectedInput(InputProblem problem, String message) {
        // An expected outcome, not a bug: no stack trace needed.
        super(message, null, false, false);
        this.problem = problem;
    }

    InputProblem problem() {
        return problem;
    }

    InputError toError(String path) {
        return new InputError(path, problem, getMessage());
    }
}
