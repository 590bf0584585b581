package org.familyvoice.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitUntilState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Crash consistency (issue #6): while several browser pages send anonymous feedback from "/tell-us" to the
 * production jar, the JVM is killed with SIGKILL ({@code kill -9}) at a random moment, started again on the same
 * database, and the database is read over JDBC: every reference a page showed to its sender must be stored exactly
 * once, with the sender's words; a form sent but not answered before the kill may be stored or not, never twice;
 * nothing is stored that nobody sent. The app must come back healthy each time with Flyway's history intact.
 * <p>
 * Runs on an H2 file database (the default configuration, in a temporary directory) and on PostgreSQL (a fresh
 * schema on 127.0.0.1:5432, database {@code test}). System properties: {@value #KILLS} (kills per database,
 * 3 by default, as in CI; {@code scripts/crash-test.sh} runs 20), {@value #DATABASES} ({@code h2,postgresql}),
 * {@value #PAGES} (pages sending at once, 4), {@value #SEED} (to repeat a run), {@value #START_TIMEOUT} (300). Figures go to standard output and
 * {@code target/crash-consistency/<database>.txt}; the app's output to {@code target/crash-consistency/<database>-app.log}.
 */
class CrashConsistencyIT {

    static final String KILLS = "familyvoice.crash.kills";
    static final String DATABASES = "familyvoice.crash.databases";
    static final String PAGES = "familyvoice.crash.pages";
    static final String SEED = "familyvoice.crash.seed";
    static final String START_TIMEOUT = "familyvoice.crash.start-timeout-seconds";

    private static final Path OUT = Path.of("target", "crash-consistency");
    private static final String MARKER_PREFIX = "crash-test ";
    private static final Pattern REFERENCE = Pattern.compile("FV-[2-9A-Z]{4}-[2-9A-Z]{2}");
    /** The kill comes this long after the pages start sending: at least MIN, less than MAX. */
    private static final int KILL_AFTER_MIN_MS = 1_000;
    private static final int KILL_AFTER_MAX_MS = 6_000;
    /** A page that sent a form and has no answer after this long, with the app still up, starts again. */
    private static final Duration NO_ANSWER = Duration.ofSeconds(20);

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = BrowserTest.launchChromium(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void h2FileDatabaseKeepsEveryAcknowledgedFeedbackExactlyOnce(@TempDir Path dir) throws Exception {
        if (!wanted("h2")) {
            return;
        }
        // The default URL (application.properties) with the file in a temporary directory. AUTO_SERVER=TRUE lets
        // this test read the file over JDBC while the app has it open; storage and WRITE_DELAY=0 are as by default.
        String url = "jdbc:h2:file:" + dir.resolve("familyvoice").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;AUTO_SERVER=TRUE";
        var database = new Database("h2", List.of("--spring.datasource.url=" + url), Map.of(),
                () -> DriverManager.getConnection(url, "sa", ""));
        new Run(database).execute();
    }

    @Test
    void postgresqlKeepsEveryAcknowledgedFeedbackExactlyOnce() throws Exception {
        if (!wanted("postgresql")) {
            return;
        }
        String base = System.getenv().getOrDefault("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        if (base.isBlank()) {
            base = "jdbc:postgresql://127.0.0.1:5432/test";
        }
        String user = System.getenv().getOrDefault("PGUSER", "postgres");
        String schema = "fv_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = connectOrExplain(base, user); var s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        // the postgres profile, configured from the environment as in production
        var database = new Database("postgresql", List.of("--spring.profiles.active=postgres"),
                Map.of("DATABASE_URL", url, "DATABASE_USER", user, "DATABASE_PASSWORD", ""),
                () -> DriverManager.getConnection(url, user, ""));
        new Run(database).execute();
        try (Connection c = DriverManager.getConnection(base, user, ""); var s = c.createStatement()) {
            s.execute("drop schema " + schema + " cascade");   // kept when the run fails, to look at
        }
    }

    private static Connection connectOrExplain(String url, String user) {
        try {
            return DriverManager.getConnection(url, user, "");
        } catch (SQLException e) {
            throw new IllegalStateException("The crash test needs PostgreSQL at " + url + " (user " + user + ", trust "
                    + "auth), as the PostgreSQL test stage does; or run H2 only with -D" + DATABASES + "=h2", e);
        }
    }

    private static boolean wanted(String database) {
        return Arrays.stream(System.getProperty(DATABASES, "h2,postgresql").split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).anyMatch(database::equals);
    }

    private static int intProperty(String name, int otherwise) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
    }

    interface Connector {
        Connection connect() throws SQLException;
    }

    record Database(String name, List<String> arguments, Map<String, String> environment, Connector connector) {
    }

    /** What a round saw. */
    record Round(int kill, long killAfterMs, int acknowledged, int inFlight, int inFlightStored, int rejected,
                 int pageErrors, long restartMs) {
    }

    /** One database: start, then rounds of load, kill -9, restart and check. */
    static final class Run {

        private final Database database;
        private final int kills = intProperty(KILLS, 3);
        private final int pages = intProperty(PAGES, 4);
        private final long seed = Long.getLong(SEED, System.nanoTime());
        private final int startTimeout = intProperty(START_TIMEOUT, 300);
        private final Random random = new Random(seed);
        private final String runId = UUID.randomUUID().toString().substring(0, 8);
        private final int port = RunningApp.freePort();
        private final Path log;
        private final Path figures;
        /** marker -> reference, for every reference a page showed. */
        private final Map<String, String> acknowledged = new LinkedHashMap<>();
        /** Markers of forms sent without an answer seen before the kill. */
        private final List<String> inFlight = new ArrayList<>();
        private final List<Round> rounds = new ArrayList<>();
        private final List<Long> restarts = new ArrayList<>();
        private int flywayMigrations;
        private boolean finished;
        private Process app;

        Run(Database database) {
            this.database = database;
            this.log = OUT.resolve(database.name() + "-app.log");
            this.figures = OUT.resolve(database.name() + ".txt");
        }

        void execute() throws Exception {
            // a test JVM that is stopped (Ctrl-C, a CI timeout) takes the app with it
            Thread hook = new Thread(() -> {
                if (app != null) {
                    app.destroyForcibly();
                }
            }, "stop-crash-test-app");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                executeRounds();
            } finally {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }

        private void executeRounds() throws Exception {
            Files.createDirectories(OUT);
            Files.deleteIfExists(log);
            Files.deleteIfExists(figures);
            line("Crash consistency on %s: %d kills, %d pages sending at once, seed %d, jar %s", database.name(), kills,
                    pages, seed, RunningApp.jar().getFileName());
            try {
                long firstStart = start();
                flywayMigrations = checkFlyway();
                line("first start: %d ms to healthy, %d migrations applied", firstStart, flywayMigrations);
                for (int kill = 1; kill <= kills; kill++) {
                    round(kill);
                }
                // after the last restart the app still takes feedback, and a graceful stop works
                int before = acknowledged.size();
                sendOne(kills + 1);
                assertEquals(before + 1, acknowledged.size(), "after the last restart a feedback form got a reference");
                verify(kills + 1);
                finished = true;
            } finally {
                stopGracefully();
                summary();
            }
            assertEquals(kills, rounds.size(), "kills done");
            assertTrue(acknowledged.size() >= kills / 2, "the load got references back (" + acknowledged.size() + ")");
        }

        private void round(int kill) throws Exception {
            long killAfter = KILL_AFTER_MIN_MS + random.nextInt(KILL_AFTER_MAX_MS - KILL_AFTER_MIN_MS);
            int ackBefore = acknowledged.size();
            int warmUp = 0;
            var load = new Load(kill, pages);
            try {
                load.open();
                // Warm up: every page gets one reference first, so that the kill falls while the app is answering
                // (on a busy machine a cold restarted app took longer than the whole kill window for one form).
                Instant warm = Instant.now().plusSeconds(startTimeout);
                load.sendUntil(() -> load.answered >= pages || Instant.now().isAfter(warm));
                warmUp = load.answered;
                var killed = new AtomicBoolean();
                var aliveAtKill = new AtomicBoolean();
                Process victim = app;
                Thread killer = Thread.ofPlatform().name("kill-9").start(() -> {
                    try {
                        Thread.sleep(killAfter);
                        aliveAtKill.set(victim.isAlive());
                        victim.destroyForcibly();   // SIGKILL: no shutdown hooks, no connection pool close
                        victim.waitFor(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        killed.set(true);
                    }
                });
                load.sendUntil(killed::get);
                killer.join();
                assertTrue(aliveAtKill.get(), "the app was running when it was killed");
                assertTrue(!victim.isAlive(), "the app is dead after kill -9");
                // an answer the server wrote just before it died may still be on its way to the page
                Thread.sleep(500);
                load.collectAnswers();
            } finally {
                load.close();
            }
            inFlight.addAll(load.unanswered);
            long restart = start();
            restarts.add(restart);
            int stored = verify(kill);
            int inFlightStored = storedCount(load.unanswered);
            var r = new Round(kill, killAfter, acknowledged.size() - ackBefore, load.unanswered.size(), inFlightStored,
                    load.rejected, load.errors, restart);
            rounds.add(r);
            line("kill %2d after %4d ms: %3d acknowledged (%d of them before the kill window), %d in flight (%d of them stored), %d refused, %d page errors;"
                            + " restart %5d ms; %d acknowledged so far, all stored once (%d crash-test rows)",
                    kill, killAfter, r.acknowledged(), warmUp, r.inFlight(), inFlightStored, r.rejected(), r.pageErrors(),
                    restart, acknowledged.size(), stored);
        }

        /** One form, sent with the app up and no kill: the app works after the restarts. */
        private void sendOne(int round) {
            var load = new Load(round, 1);
            try {
                load.open();
                Instant deadline = Instant.now().plusSeconds(30);
                load.sendUntil(() -> load.answered > 0 || Instant.now().isAfter(deadline));
            } finally {
                load.close();
                inFlight.addAll(load.unanswered);
            }
        }

        // ---- the app ----

        /** Starts the jar on the database and returns the milliseconds until its health endpoint said UP. */
        private long start() {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            // C1 only and the serial collector: the same jar starts with less CPU on a small shared CI machine
            List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-jar",
                    RunningApp.jar().toAbsolutePath().toString(),
                    "--server.port=" + port,
                    // every page sends from 127.0.0.1: lift the per-address limit for anonymous feedback
                    "--familyvoice.feedback.anonymous-limit=1000000"));
            command.addAll(database.arguments());
            long started = System.nanoTime();
            try {
                var builder = new ProcessBuilder(command)
                        .directory(OUT.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                builder.environment().putAll(database.environment());
                Files.writeString(log, "\n===== start " + Instant.now() + " =====\n",
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                app = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start " + command, e);
            }
            awaitHealthy(app);
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        }

        private void awaitHealthy(Process process) {
            var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            var request = HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            Instant deadline = Instant.now().plusSeconds(startTimeout);
            String last = "no answer";
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    fail("The app exited with code " + process.exitValue() + " while starting again after a kill; see "
                            + log.toAbsolutePath());
                }
                last = RunningApp.probeHealth(client, request);
                if (last.equals(RunningApp.UP)) {
                    return;
                }
                sleep(100);
            }
            fail("The app was not healthy " + startTimeout + " s after starting (last answer: " + last + "); see " + log.toAbsolutePath());
        }

        private void stopGracefully() throws InterruptedException {
            if (app != null && app.isAlive()) {   // also after a failed start: never leave a JVM behind
                app.destroy();
                if (!app.waitFor(30, TimeUnit.SECONDS)) {
                    app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }

        private String url(String path) {
            return "http://localhost:" + port + path;
        }

        // ---- the database ----

        /** Every acknowledged reference is stored once with its words; nothing is stored twice or unsent. */
        private int verify(int round) throws SQLException {
            Map<String, List<String>> stored = new HashMap<>();
            Map<String, Integer> perReference = new HashMap<>();
            try (Connection c = database.connector().connect();
                 var s = c.prepareStatement("select reference, went_well from feedback where went_well like ?")) {
                s.setString(1, MARKER_PREFIX + "%");
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        stored.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1));
                        perReference.merge(rs.getString(1), 1, Integer::sum);
                    }
                }
            }
            List<String> problems = new ArrayList<>();
            acknowledged.forEach((marker, reference) -> {
                List<String> refs = stored.getOrDefault(marker, List.of());
                if (refs.isEmpty()) {
                    problems.add("LOST: " + reference + " was shown for '" + marker + "' but is not stored");
                } else if (!refs.equals(List.of(reference))) {
                    problems.add("WRONG: '" + marker + "' was acknowledged as " + reference + " but is stored as " + refs);
                }
            });
            stored.forEach((marker, refs) -> {
                if (refs.size() > 1) {
                    problems.add("DUPLICATE: '" + marker + "' is stored " + refs.size() + " times: " + refs);
                }
                if (!acknowledged.containsKey(marker) && !inFlight.contains(marker)) {
                    problems.add("UNSENT: '" + marker + "' is stored but no page sent it");
                }
            });
            perReference.forEach((reference, n) -> {
                if (n > 1) {
                    problems.add("DUPLICATE REFERENCE: " + reference + " is stored " + n + " times");
                }
            });
            int migrations = checkFlyway();
            if (flywayMigrations != 0 && migrations != flywayMigrations) {
                problems.add("Flyway history has " + migrations + " migrations after round " + round + ", not "
                        + flywayMigrations);
            }
            if (!problems.isEmpty()) {
                problems.forEach(p -> line("round %d: %s", round, p));
                fail(database.name() + ", after kill " + round + ":\n" + String.join("\n", problems));
            }
            return stored.values().stream().mapToInt(List::size).sum();
        }

        private int storedCount(List<String> markers) throws SQLException {
            if (markers.isEmpty()) {
                return 0;
            }
            int n = 0;
            try (Connection c = database.connector().connect();
                 var s = c.prepareStatement("select count(*) from feedback where went_well = ?")) {
                for (String marker : markers) {
                    s.setString(1, marker);
                    try (var rs = s.executeQuery()) {
                        rs.next();
                        n += rs.getInt(1) > 0 ? 1 : 0;
                    }
                }
            }
            return n;
        }

        /** The number of successful migrations; fails on a failed one or a damaged history. */
        private int checkFlyway() throws SQLException {
            try (Connection c = database.connector().connect(); var s = c.createStatement();
                 var rs = s.executeQuery("select count(*), sum(case when success then 0 else 1 end)"
                         + " from flyway_schema_history")) {
                rs.next();
                assertEquals(0, rs.getInt(2), "failed migrations in flyway_schema_history");
                return rs.getInt(1);
            }
        }

        // ---- figures ----

        private void summary() {
            int acknowledgedTotal = acknowledged.size();
            int inFlightTotal = inFlight.size();
            int inFlightStored = rounds.stream().mapToInt(Round::inFlightStored).sum();
            List<Long> sorted = restarts.stream().sorted().toList();
            line("%s %s: %d kills done, %d acknowledged, %d stored exactly once, 0 duplicates, 0 lost "
                            + "(the run fails otherwise); %d in flight at a kill (%d stored, %d not), %d refused, "
                            + "%d page errors; restart to healthy min %s / median %s / max %s ms",
                    finished ? "SUMMARY" : "STOPPED EARLY (see above)", database.name(), rounds.size(),
                    acknowledgedTotal, acknowledgedTotal, inFlightTotal, inFlightStored,
                    inFlightTotal - inFlightStored, rounds.stream().mapToInt(Round::rejected).sum(),
                    rounds.stream().mapToInt(Round::pageErrors).sum(),
                    sorted.isEmpty() ? "-" : sorted.getFirst(), sorted.isEmpty() ? "-" : sorted.get(sorted.size() / 2),
                    sorted.isEmpty() ? "-" : sorted.getLast());
        }

        private void line(String format, Object... args) {
            String text = String.format(Locale.ROOT, format, args);
            System.out.println("[crash " + database.name() + "] " + text);
            try {   // line by line, so a run stopped half-way leaves its figures
                Files.writeString(figures, text + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        // ---- the load ----

        /**
         * Browser pages, each in its own context (its own session), sending the "/tell-us" form over and over from
         * one thread: a page's form goes to the server while the others are looked at, so several are in flight.
         */
        final class Load {

            private final int round;
            private final List<Slot> slots = new ArrayList<>();
            private final List<String> unanswered = new ArrayList<>();
            private int rejected;
            private int errors;
            private int answered;
            private int sequence;

            Load(int round, int pages) {
                this.round = round;
                for (int i = 0; i < pages; i++) {
                    BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                            .setLocale("en-GB").setTimezoneId("Europe/London"));
                    context.setDefaultTimeout(30_000);
                    slots.add(new Slot(i, context, context.newPage()));
                }
            }

            /** Every page shows an empty form. */
            void open() {
                for (Slot slot : slots) {
                    slot.navigate();
                }
                for (Slot slot : slots) {
                    // the first pages after a start are slow on a busy machine (over 30 s seen with load 20 on 2 cores)
                    slot.wentWell().waitFor(new Locator.WaitForOptions().setTimeout(startTimeout * 1000.0));
                    slot.state = State.READY;
                }
            }

            void sendUntil(BooleanSupplier stop) {
                while (!stop.getAsBoolean()) {
                    boolean progressed = false;
                    for (Slot slot : slots) {
                        if (stop.getAsBoolean()) {
                            break;
                        }
                        try {
                            progressed |= slot.step();
                        } catch (PlaywrightException e) {
                            if (stop.getAsBoolean()) {
                                break;   // the kill: looked at below
                            }
                            errors++;
                            // Playwright's first line is often only "Error {": the line that says what failed
                            System.out.println("[crash " + database.name() + "] page " + slot.index + ": "
                                    + e.getMessage().lines().map(String::strip)
                                    .filter(l -> l.startsWith("message=") || l.contains("Timeout"))
                                    .findFirst().orElse(e.getMessage().lines().findFirst().orElse("")));
                            slot.giveUp();
                            progressed = true;
                        }
                    }
                    if (!progressed) {
                        sleep(20);
                    }
                }
            }

            /** After the kill: what each page that had sent a form shows. */
            void collectAnswers() {
                for (Slot slot : slots) {
                    if (slot.state == State.SENT) {
                        try {
                            if (!slot.answer()) {
                                unanswered.add(slot.marker);
                            }
                        } catch (PlaywrightException e) {
                            unanswered.add(slot.marker);
                        }
                    }
                }
            }

            void close() {
                for (Slot slot : slots) {
                    try {
                        slot.context.close();
                    } catch (PlaywrightException ignored) {
                        // the browser context is going anyway
                    }
                }
            }

            enum State { LOADING, READY, SENT }

            final class Slot {
                final int index;
                final BrowserContext context;
                final Page page;
                State state = State.LOADING;
                String marker;
                Instant sentAt;

                Slot(int index, BrowserContext context, Page page) {
                    this.index = index;
                    this.context = context;
                    this.page = page;
                }

                Locator wentWell() {
                    return page.getByLabel("What went well?", new Page.GetByLabelOptions().setExact(true));
                }

                Locator reference() {
                    return page.getByTestId("feedback-reference");
                }

                void navigate() {
                    page.navigate(url("/tell-us"), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
                    state = State.LOADING;
                }

                /** Does the next thing this page can do without waiting; false when it is still waiting. */
                boolean step() {
                    switch (state) {
                        case LOADING -> {
                            if (!wentWell().isVisible()) {
                                return false;
                            }
                            state = State.READY;
                            return true;
                        }
                        case READY -> {
                            marker = MARKER_PREFIX + runId + " kill " + round + " page " + index + " form " + (++sequence);
                            // counted as sent from here: if the kill interrupts the typing or the click, this form
                            // is "in flight" (may be stored or not)
                            state = State.SENT;
                            sentAt = Instant.now();
                            wentWell().fill(marker);
                            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send feedback")
                                    .setExact(true)).click();
                            return true;
                        }
                        case SENT -> {
                            if (answer()) {
                                navigate();
                                return true;
                            }
                            if (page.locator(".fv-form-error").isVisible()) {
                                rejected++;
                                System.out.println("[crash " + database.name() + "] refused: "
                                        + page.locator(".fv-form-error").innerText());
                                unanswered.add(marker);
                                navigate();
                                return true;
                            }
                            if (Duration.between(sentAt, Instant.now()).compareTo(NO_ANSWER) > 0) {
                                errors++;
                                unanswered.add(marker);
                                navigate();
                                return true;
                            }
                            return false;
                        }
                    }
                    return false;
                }

                /** Records the reference if the page shows one. */
                boolean answer() {
                    Locator reference = reference();
                    if (!reference.isVisible()) {
                        return false;
                    }
                    String code = reference.innerText().strip();
                    assertTrue(REFERENCE.matcher(code).matches(), "a feedback reference: " + code);
                    String earlier = acknowledged.put(marker, code);
                    assertTrue(earlier == null, "one reference per form");
                    answered++;
                    state = State.READY;   // navigate() follows
                    return true;
                }

                void giveUp() {
                    if (state == State.SENT) {
                        unanswered.add(marker);
                    }
                    try {
                        navigate();
                    } catch (PlaywrightException e) {
                        state = State.LOADING;
                    }
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
