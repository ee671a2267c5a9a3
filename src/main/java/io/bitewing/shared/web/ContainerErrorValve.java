package io.bitewing.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Errors Tomcat answers itself, before any filter or controller runs (a request line or headers too large to read,
 * a malformed request, an encoded slash or NUL in the path), get the same JSON shape and headers as every other
 * error ({@code X-Request-Id} and the security headers) instead of Tomcat's HTML page, and never a stack trace.
 */
public class ContainerErrorValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            // What every answer carries; the filters that set it never ran for this request.
            if (response.getHeader(RequestIds.HEADER) == null) {
                response.setHeader(RequestIds.HEADER, RequestIds.accept(request.getHeader(RequestIds.HEADER)));
            }
            SecurityHeaders.apply(null, response);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(
                        ProblemWriter.isOpenDental(request.getRequestURI())
                                ? "\"" + detail(status) + "\""
                                : "{\"detail\":\"" + detail(status) + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response was already sent: nothing left to tell it
        }
    }

    private static String detail(int status) {
        if (status == 400) {
            return "The request could not be read: it is malformed or its request line or headers are too large";
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error " + status : known.getReasonPhrase();
    }

    /** Puts the valve on the host in place of Tomcat's HTML report. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ContainerErrorValve.class.getName());
                }
            });
        }
    }
}
