package org.incidentclassifier.desk;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A request the desk refuses or could not serve, as RFC 9457 problem details: {@code type} names the kind of
 * problem (a URI reference under /problems/), {@code title} says it in a few words, {@code detail} says what
 * was wrong with this request; {@code errors} (an extension member, absent when null) lists located errors, such as
 * the problems of a rule set a reload refused. Thrown as {@link Problem.Rejection} and written as application/problem+json.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<String> errors) {

    static Problem of(int status, String kind, String title, String detail) {
        return new Problem("/problems/" + kind, title, status, detail, null);
    }

    /** The same problem with an extension member listing each located error ({@code file:line:column: ...}). */
    Problem withErrors(List<String> located) {
        return new Problem(type, title, status, detail, List.copyOf(located));
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
