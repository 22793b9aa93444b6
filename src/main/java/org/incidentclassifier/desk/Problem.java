package org.incidentclassifier.desk;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A request the desk refuses or could not serve, as RFC 9457 problem details: {@code type} names the kind of
 * problem (a URI reference under /problems/), {@code title} says it in a few words, {@code detail} says what
 * was wrong with this request. Thrown as {@link Problem.Rejection} and written as application/problem+json.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail) {

    static Problem of(int status, String kind, String title, String detail) {
        return new Problem("/problems/" + kind, title, status, detail);
    }

    static Rejection badRequest(String kind, String detail) {
        return new Rejection(of(400, kind, "Bad request", detail));
    }

    static Rejection notFound(String kind, String detail) {
        return new Rejection(of(404, kind, "Not found", detail));
    }

    static Rejection conflict(String kind, String detail) {
        return new Rejection(of(409, kind, "Conflict", detail));
    }

    /** The problem as an exception, so a handler can stop where it finds it. */
    static final class Rejection extends RuntimeException {
        private final Problem problem;

        Rejection(Problem problem) {
            super(problem.detail(), null, false, false);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }
}
