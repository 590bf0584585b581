package org.familyvoice.privacy;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/** The lock that lets one node at a time run the retention job: ShedLock's row in the shared {@code shedlock} table. */
@Configuration(proxyBeanMethods = false)
class RetentionLockConfig {

    @Bean
    LockProvider retentionLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .forceUtcTimeZone()
                .build());
    }
}
