package cn.onewindow.approval;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/**
 * A department's receiver for the webhook tests, on a loopback port: it answers every request with the status the test
 * sets (a failing receiver answers 503) and keeps each request with the answer it got. A test can also hold the
 * requests unanswered ({@link #hold()}) to act while they are out, then let them go ({@link #release()}).
 */
public final class WebhookReceiver implements AutoCloseable {
    /**
     * One request as it arrived: its request target (path and query), its headers (names in lower case), its body and
     * the status it was answered with.
     */
    public record Request(String target, Map<String, String> headers, String body, int answered) {
        public String header(String name) {
            return headers.get(name);
        }

        public boolean acknowledged() {
            return answered >= 200 && answered < 300;
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final List<Request> requests = new ArrayList<>();
    private final List<String> held = new ArrayList<>();
    private volatile int answer = 204;
    private volatile CountDownLatch gate;

    private WebhookReceiver(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    public static WebhookReceiver start() throws IOException {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // a thread per request: held requests must not keep the others from arriving
        var threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        var receiver = new WebhookReceiver(server, threads);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            receiver.waitAtGate(exchange.getRequestURI().toString());
            int status = receiver.answer;
            synchronized (receiver.requests) {
                receiver.requests.add(new Request(exchange.getRequestURI().toString(), headers, new String(body, StandardCharsets.UTF_8), status));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** From now on, answer every request with {@code status}. */
    public void answer(int status) {
        this.answer = status;
    }

    /** From now on, keep requests waiting for their answer until {@link #release()}. */
    public void hold() {
        gate = new CountDownLatch(1);
    }

    /** Answers the requests held, and from now on every request at once. */
    public void release() {
        CountDownLatch g = gate;
        gate = null;
        if (g != null) {
            g.countDown();
        }
    }

    /**
     * Waits (up to 30 s) until {@code n} requests are held; their request targets. Fails the test if they do not come.
     */
    public List<String> awaitHeld(int n) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (held().size() < n) {
            if (System.nanoTime() > end) {
                throw new AssertionError("expected " + n + " held requests, got " + held());
            }
            Thread.sleep(20);
        }
        return held();
    }

    private List<String> held() {
        synchronized (held) {
            return List.copyOf(held);
        }
    }

    /** The requests answered so far. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<Request> acknowledged() {
        return requests().stream().filter(Request::acknowledged).toList();
    }

    private void waitAtGate(String target) {
        CountDownLatch g = gate;
        if (g == null) {
            return;
        }
        synchronized (held) {
            held.add(target);
        }
        try {
            g.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (held) {
                held.remove(target);
            }
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
