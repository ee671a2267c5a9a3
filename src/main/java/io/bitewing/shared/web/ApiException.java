package io.bitewing.shared.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The error catalogue: every failure a service can report, each mapped to one status in {@link ApiErrorHandler}.
 */
public abstract sealed class ApiException extends RuntimeException {

    ApiException(String message) {
        super(message, null, false, false);
    }

    public abstract HttpStatus status();

    /** 404; also the answer for another organisation's ids, so their existence never leaks. */
    public static final class NotFound extends ApiException {
        public NotFound(String entity) {
            super(entity + " not found");
        }

        private NotFound(String detail, boolean whole) {
            super(detail);
        }

        /** A 404 whose detail is the sentence given, for a referenced entity named by its field. */
        public static NotFound detail(String detail) {
            return new NotFound(detail, true);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.NOT_FOUND;
        }
    }

    /** 409: stale base_version, duplicate, idempotency-key reuse. */
    public static final class Conflict extends ApiException {
        private final Integer currentVersion;

        public Conflict(String detail, Integer currentVersion) {
            super(detail);
            this.currentVersion = currentVersion;
        }

        public Conflict(String detail) {
            this(detail, null);
        }

        public static Conflict staleVersion(int currentVersion) {
            return new Conflict("base_version is stale; reload and retry", currentVersion);
        }

        public Integer currentVersion() {
            return currentVersion;
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }
    }

    /** 422 with one entry per offending field. */
    public static final class Invalid extends ApiException {
        private final List<FieldProblem> problems;

        public Invalid(List<FieldProblem> problems) {
            super(problems.isEmpty() ? "invalid" : problems.get(0).msg());
            this.problems = List.copyOf(problems);
        }

        public static Invalid body(String field, String msg) {
            return new Invalid(List.of(FieldProblem.body(field, msg, "value_error")));
        }

        public static Invalid query(String param, String msg) {
            return new Invalid(List.of(FieldProblem.query(param, msg, "value_error")));
        }

        public List<FieldProblem> problems() {
            return problems;
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }
    }

    /** 403: the token's role may not do this. */
    public static final class Forbidden extends ApiException {
        public Forbidden(String detail) {
            super(detail);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }

    /** 415: a body in a media type this route does not read. */
    public static final class UnsupportedMediaType extends ApiException {
        public UnsupportedMediaType(String detail) {
            super(detail);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        }
    }
}
