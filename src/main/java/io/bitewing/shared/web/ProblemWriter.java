package io.bitewing.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an error body from a servlet filter, where the controller advice cannot reach, in the form of the surface
 * the request came to: the native {@code {"detail": …}}, or for Open Dental's dialect its explanation as a JSON
 * string with 400 where the native API answers 422.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, Object detail)
            throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        if (isOpenDental(request.getRequestURI())) {
            response.setStatus(status == 422 ? 400 : status);
            json.writeValue(response.getOutputStream(), explanation(detail));
            return;
        }
        response.setStatus(status);
        json.writeValue(response.getOutputStream(), Map.of("detail", detail));
    }

    /** The same, and for the native API the request's id beside the detail, as a 500 or a 503 carries it. */
    public void writeWithRequestId(
            HttpServletRequest request, HttpServletResponse response, int status, Object detail, String requestId)
            throws IOException {
        if (isOpenDental(request.getRequestURI())) {
            write(request, response, status, detail);
            return;
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setStatus(status);
        var body = new LinkedHashMap<String, Object>();
        body.put("detail", detail);
        body.put("request_id", requestId);
        json.writeValue(response.getOutputStream(), body);
    }

    public static boolean isOpenDental(String path) {
        return path != null && path.startsWith(OPEN_DENTAL);
    }

    private static final String OPEN_DENTAL = "/opendental/";

    /** One sentence from a detail that may be a list of field problems. */
    private static String explanation(Object detail) {
        if (detail instanceof List<?> problems
                && !problems.isEmpty()
                && problems.get(0) instanceof FieldProblem problem) {
            Object field = problem.loc().get(problem.loc().size() - 1);
            return field + " is invalid: " + problem.msg() + ".";
        }
        return String.valueOf(detail);
    }
}
