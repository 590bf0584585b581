package org.familyvoice;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Gives every test application context a database of its own: a fresh in-memory H2 by default, or, when
 * the {@code postgres} profile is active ({@code ./mvnw -Ppostgres test}), a fresh schema in the local
 * PostgreSQL server that is dropped again when the context closes. Demo data is loaded, so every test
 * finds two teams with their staff and four families.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var env = context.getEnvironment();
        Map<String, Object> props = new HashMap<>();
        props.put("familyvoice.demo-data", "true");
        props.put("vaadin.launch-browser", "false");
        // no background poller: tests send the outbox themselves (OutboxSender.sendDue), when they choose
        props.put("familyvoice.mail.poller", "false");
        // nor reminders: tests call MeetingReminders.sendDue themselves, with the test clock
        props.put("familyvoice.meetings.reminders.enabled", "false");
        // nor the retention job's schedule: tests run it themselves (RetentionJobTest), with the test clock
        props.put("familyvoice.retention.enabled", "false");
        boolean postgres = Arrays.asList(env.getActiveProfiles()).contains("postgres");
        if (postgres) {
            String base = env.getProperty("familyvoice.test.postgres-url", "");
            if (base.isBlank() || base.startsWith("${")) {
                base = DEFAULT_POSTGRES_URL;
            }
            String user = env.getProperty("PGUSER", "postgres");
            String schema = "fv_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(base, user, "create schema " + schema);
            props.put("spring.datasource.url", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            props.put("spring.datasource.username", user);
            props.put("spring.datasource.password", "");
            String finalBase = base;
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    execute(finalBase, user, "drop schema if exists " + schema + " cascade");
                }
            });
        } else {
            props.put("spring.datasource.url", "jdbc:h2:mem:fv-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            props.put("spring.datasource.username", "sa");
            props.put("spring.datasource.password", "");
        }
        env.getPropertySources().addFirst(new MapPropertySource("familyvoice-test-database", props));
    }

    private static void execute(String url, String user, String sql) {
        try (var connection = DriverManager.getConnection(url, user, "");
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database at " + url + ": " + e.getMessage(), e);
        }
    }
}
