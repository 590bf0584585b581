package org.familyvoice.base.web;

import org.familyvoice.TestClock;
import org.familyvoice.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole portal on a real port, spoken to over HTTP as a browser would: for what only the servlet container and
 * the filters decide (headers, caching, compression, error pages). Not tagged "integration": nothing here depends
 * on the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestClock.Config.class)
@interface HttpTest {
}
