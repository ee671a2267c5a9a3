package io.bitewing.imports;

import io.bitewing.shared.web.ApiException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** An import's body as sent, JSON or CSV by its Content-Type; kept as bytes so a background run reads it the same way. */
record ImportBody(boolean csv, byte[] bytes) {

    static final String CSV = "text/csv";

    /** The body of a request; 415 for a Content-Type that is neither JSON nor CSV. */
    static ImportBody of(String contentType, byte[] bytes) {
        if (is(contentType, MediaType.APPLICATION_JSON_VALUE)) {
            return new ImportBody(false, bytes);
        }
        if (is(contentType, CSV)) {
            return new ImportBody(true, bytes);
        }
        throw new ApiException.UnsupportedMediaType("Unsupported media type; send application/json or text/csv");
    }

    String format() {
        return csv ? "csv" : "json";
    }

    private static boolean is(String contentType, String type) {
        try {
            return contentType != null
                    && MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.parseMediaType(type));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
