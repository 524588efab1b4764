package vn.bansao.portal;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Fires a bounded number of requests at once from a fixed pool, all released together by a latch so they
 * really overlap, and collects every answer. Bounded in count and in time; measures nothing.
 */
final class ConcurrentRequests {

    record Answer(int status, String body) {
    }

    private ConcurrentRequests() {
    }

    static List<Answer> fire(int count, Supplier<HttpRequest> request, Duration timeout) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    HttpRequest r = request.get();
                    start.await();
                    HttpResponse<String> response = client.send(r, HttpResponse.BodyHandlers.ofString());
                    return new Answer(response.statusCode(), response.body());
                }));
            }
            start.countDown();
            long deadline = System.nanoTime() + timeout.toNanos();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
