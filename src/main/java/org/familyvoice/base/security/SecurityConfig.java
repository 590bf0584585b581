package org.familyvoice.base.security;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.familyvoice.base.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import java.util.Map;

/** The one security filter chain: Vaadin's defaults, our login view, and health for the load balancer. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** Browser features the portal never uses, switched off for it and anything it might ever embed. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "browsing-topics=()";

    /** HSTS for a year, with subdomains, when {@code familyvoice.security.hsts} is on (the production profile). */
    static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
            @Value("${familyvoice.security.hsts:false}") boolean hsts) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles.css", "/images/**").permitAll()
                // the calm error page (org.familyvoice.base.web.ErrorPage) for anyone, signed in or not
                .requestMatchers("/error").permitAll());
        http.headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            // Written before the request is handled, not when the response is committed: Vaadin sends its page
            // shell in a way that commits the response unseen by Spring Security, and every page went out without
            // these headers (measured on the production jar before this change).
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }));
        http.headers(headers -> headers
                // org.familyvoice.base.web.NoStoreFilter owns caching: no-store on all but static files
                .cacheControl(cache -> cache.disable())
                .frameOptions(frame -> frame.deny())
                .addHeaderWriter(new NonceContentSecurityPolicy())
                .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(coop -> coop.policy(
                        CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN))
                .crossOriginResourcePolicy(corp -> corp.policy(
                        CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(sts -> {
                    if (hsts) {
                        // sent on HTTPS requests only; behind a proxy that ends TLS, server.forward-headers-strategy
                        // lets the app see that the request was HTTPS
                        sts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true);
                    } else {
                        sts.disable();
                    }
                }));
        // Sessions are registered so that deactivating an account or changing its role ends its sessions.
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl("/login"));
        // a sign-in waiting for its second step (docs/security/mfa.md) is sent to the two-step page
        http.addFilterBefore(new SecondFactorFilter(), AuthorizationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /**
     * Vaadin's navigation checks: the view annotations as before, and a refusal of every view but the two-step page
     * while a sign-in waits for its second step (a {@code @PermitAll} view would otherwise open for it).
     */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withNavigationAccessChecker(new SecondFactorNavigationChecker())
                .withLoginView(LoginView.class);
    }

    @Bean
    static SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Argon2 for new hashes; bcrypt hashes are still understood so accounts can be migrated in. */
    @Bean
    PasswordEncoder passwordEncoder() {
        String defaultId = "argon2";
        var encoders = Map.<String, PasswordEncoder>of(
                defaultId, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(defaultId, encoders);
    }
}
