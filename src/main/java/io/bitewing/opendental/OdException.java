package io.bitewing.opendental;

import org.springframework.http.HttpStatus;

/** A refusal in Open Dental's terms: 400 or 404 with a plain explanation naming the field. */
final class OdException extends RuntimeException {

    private final HttpStatus status;

    private OdException(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static OdException badRequest(String message) {
        return new OdException(HttpStatus.BAD_REQUEST, message);
    }

    static OdException notFound(String message) {
        return new OdException(HttpStatus.NOT_FOUND, message);
    }

    HttpStatus status() {
        return status;
    }
}
