import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creates locations through the API from CLIENTS threads for SECONDS and prints the rate of 201s:
 * {@code java ApiWrites.java BASE_URL ORG TOKEN CLIENTS SECONDS}. Any other answer stops the run.
 */
public class ApiWrites {
    public static void main(String[] args) throws Exception {
        String url = args[0] + "/api/v1/" + args[1] + "/locations";
        String token = args[2];
        int clients = Integer.parseInt(args[3]);
        long until = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
        var http = HttpClient.newHttpClient();
        var created = new AtomicLong();
        var threads = new Thread[clients];
        for (int i = 0; i < clients; i++) {
            threads[i] = new Thread(() -> {
                while (System.nanoTime() < until) {
                    var request = HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"name\":\"Bench " + UUID.randomUUID() + "\"}"))
                            .build();
                    try {
                        var response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 201) {
                            throw new IllegalStateException("answered " + response.statusCode());
                        }
                        created.incrementAndGet();
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                }
            });
            threads[i].start();
        }
        long start = System.nanoTime();
        for (var t : threads) {
            t.join();
        }
        System.out.printf("%.0f%n", created.get() / ((System.nanoTime() - start) / 1e9));
    }
}
