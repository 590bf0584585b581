package org.familyvoice.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The production jar running in its own JVM on a free port, with an in-memory H2 database and the
 * demo data. Started once per test JVM by {@link RunningAppExtension}; its output goes to
 * {@code target/it-app.log}.
 */
public final class RunningApp implements AutoCloseable {

    /** The jar to run; the {@code browser} Maven profile passes it to failsafe. */
    static final String JAR_PROPERTY = "familyvoice.it.jar";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Path LOG = Path.of("target", "it-app.log");

    private final Process process;
    private final String baseUrl;
    private final Thread shutdownHook;

    private RunningApp(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.shutdownHook = new Thread(this::stop, "stop-family-voice");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the jar and returns once its health endpoint answers UP. */
    static RunningApp start() {
        Path jar = jar();
        int port = freePort();
        String baseUrl = "http://localhost:" + port;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-Xmx768m", "-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--familyvoice.demo-data=true",
                // The slow-down starts at the fifth failure rather than the third: a try refused during a slow-down
                // is not counted, so with several slow-downs whether a quick browser reached the lock depended on
                // timing. FailedSignInIT waits out the one that is left. LoginThrottleTest covers the slow-down.
                "--familyvoice.login.slow-after=5",
                "--familyvoice.invitations.public-url=" + baseUrl);
        Process process;
        try {
            Files.createDirectories(LOG.getParent());
            process = new ProcessBuilder(command)
                    .directory(LOG.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(LOG.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
        var app = new RunningApp(process, baseUrl);
        try {
            app.awaitHealthy();
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }
        return app;
    }

    /** For example {@code http://localhost:41234}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** An address on the app: {@code url("/login")}. */
    public String url(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    static Path jar() {
        String value = System.getProperty(JAR_PROPERTY);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + JAR_PROPERTY + " is not set: run the browser tests "
                    + "with ./mvnw -Pproduction,browser verify");
        }
        Path jar = Path.of(value);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No application jar at " + jar + ": build it with -Pproduction");
        }
        return jar;
    }

    /** What {@link #probeHealth} answers when the application is up. */
    static final String UP = "UP";

    /** One look at the health endpoint: {@link #UP}, or what came back instead (for the failure message). */
    static String probeHealth(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
                return UP;
            }
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the application", e);
        }
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    private void awaitHealthy() {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with code " + process.exitValue()
                        + " while starting; see " + LOG.toAbsolutePath() + "\n" + logTail());
            }
            last = probeHealth(client, request);
            if (last.equals(UP)) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("The application was not healthy after " + START_TIMEOUT.toSeconds()
                + " s (last answer: " + last + "); see " + LOG.toAbsolutePath() + "\n" + logTail());
    }

    private static String logTail() {
        try {
            List<String> lines = Files.readAllLines(LOG);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Asks the application to shut down gracefully, and kills it if it does not within 30 s. */
    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing left to do
        }
    }
}
