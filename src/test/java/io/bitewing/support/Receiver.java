package io.bitewing.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on this machine: keeps every request, answers 500 to the first {@code failures} of them (or
 * to all while {@link #failing} is set), 204 otherwise.
 */
public final class Receiver implements AutoCloseable {

    public record Request(String id, String timestamp, String signature, String body, int answered) {}

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    public volatile boolean failing;

    public Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failing || failures.getAndDecrement() > 0 ? 500 : 204;
            var headers = exchange.getRequestHeaders();
            synchronized (requests) {
                requests.add(new Request(
                        headers.getFirst("webhook-id"),
                        headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"),
                        body,
                        status));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next {@code n} requests are answered 500. */
    public void failNext(int n) {
        failures.set(n);
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<Request> accepted() {
        return requests().stream().filter(r -> r.answered() < 300).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
