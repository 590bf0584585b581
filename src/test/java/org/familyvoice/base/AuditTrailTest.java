package org.familyvoice.base;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditEvent;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.families.FamilyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Security events land in the append-only audit table with who, what, when and from where. */
@IntegrationTest
class AuditTrailTest {

    @Autowired AuthenticationConfiguration authenticationConfiguration;
    @Autowired AuditLog audit;
    @Autowired SignIn signIn;
    @Autowired FamilyService families;
    @Autowired org.familyvoice.accounts.AccountService accounts;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void out() {
        SignIn.out();
        RequestContextHolder.resetRequestAttributes();
    }

    private List<AuditEvent> newest() {
        signIn.as(SignIn.ADMIN);
        try {
            return audit.newest(0, 20);
        } finally {
            SignIn.out();
        }
    }

    @Test
    void signInsAndFailuresAreRecordedWithTheAddress() throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        var ok = UsernamePasswordAuthenticationToken.unauthenticated(SignIn.PARENT_HARPER, SignIn.PASSWORD);
        ok.setDetails(new WebAuthenticationDetails("192.0.2.77", null));
        manager.authenticate(ok);
        var bad = UsernamePasswordAuthenticationToken.unauthenticated("no.such.person", "wrong password!");
        bad.setDetails(new WebAuthenticationDetails("192.0.2.78", null));
        assertThatThrownBy(() -> manager.authenticate(bad)).isInstanceOf(AuthenticationException.class);

        assertThat(newest()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.LOGIN_SUCCEEDED);
            assertThat(e.actor()).isEqualTo(SignIn.PARENT_HARPER);
        }).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.LOGIN_FAILED);
            assertThat(e.actor()).isEqualTo("no.such.person");
        });
    }

    @Test
    void aRoleCallingAServiceItMayNotUseIsRecorded() {
        signIn.as(SignIn.YOUNG_HARPER);
        assertThatThrownBy(() -> accounts.findStaff(0, 10)).isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThat(newest()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(e.actor()).isEqualTo(SignIn.YOUNG_HARPER);
            assertThat(e.target()).isEqualTo("AccountService.findStaff");
        });
    }

    @Test
    void aRefusedLookAtAnotherFamilyIsRecordedEvenThoughTheCallFails() {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.99");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        long adeyemi = jdbc.sql("select id from family where case_reference = 'FV-2001'").query(Long.class).single();
        signIn.as(SignIn.PARENT_HARPER);
        assertThatThrownBy(() -> families.getFamily(new FamilyId(adeyemi))).isInstanceOf(AccessDeniedException.class);
        SignIn.out();

        assertThat(newest()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(e.actor()).isEqualTo(SignIn.PARENT_HARPER);
            assertThat(e.target()).isEqualTo("family:" + adeyemi);
            assertThat(e.clientAddress()).isEqualTo("192.0.2.99");
        });
    }
}
