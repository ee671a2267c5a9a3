package io.bitewing.changes.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.stereotype.Component;

/**
 * POSTs a signed delivery. Sending never happens inside a database transaction: a slow receiver holds a thread
 * for at most the timeout, never a connection or a lock. Redirects are not followed (a redirect could lead where
 * the URL check would refuse), so a 3xx is a failure like any answer outside 2xx.
 */
@Component
class WebhookSender {

    /** How an attempt went: the receiver's status (null when none answered) and, unless it was 2xx, what failed. */
    record Outcome(Integer statusCode, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private final WebhookUrls urls;
    private final WebhookSettings settings;
    private final HttpClient http;

    WebhookSender(WebhookUrls urls, WebhookSettings settings) {
        this.urls = urls;
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    CompletableFuture<Outcome> send(String url, String secret, UUID id, String payload) {
        Optional<String> refusal = urls.refusal(url);
        if (refusal.isPresent()) {
            return CompletableFuture.completedFuture(new Outcome(null, "not sent: the url " + refusal.get()));
        }
        long timestamp = Instant.now().getEpochSecond();
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Bitewing-Webhooks/1")
                .header("webhook-id", id.toString())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secret, id.toString(), timestamp, payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) ->
                        failure == null ? outcome(response.statusCode()) : new Outcome(null, describe(failure)));
    }

    private static Outcome outcome(int status) {
        return status >= 200 && status < 300
                ? new Outcome(status, null)
                : new Outcome(status, "the receiver answered " + status);
    }

    // The message of a connection failure names the host and port at most: nothing of the body or the secret.
    private static String describe(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            return "the receiver did not answer in time";
        }
        String message = cause.getMessage();
        return "could not reach the receiver: " + cause.getClass().getSimpleName()
                + (message == null ? "" : " (" + truncate(message) + ")");
    }

    private static String truncate(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
