package org.familyvoice;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring integration test against a real database (H2 by default, PostgreSQL under {@code -Ppostgres}),
 * with demo data and a clock the test can move. Tagged so the PostgreSQL run picks exactly these.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestClock.Config.class)
@Tag("integration")
public @interface IntegrationTest {
}
