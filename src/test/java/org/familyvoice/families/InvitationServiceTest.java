package org.familyvoice.families;

import org.familyvoice.IntegrationTest;
import org.familyvoice.Refusal;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class InvitationServiceTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired FamilyService families;
    @Autowired InvitationService invitations;
    @Autowired SignIn signIn;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder encoder;

    private FamilyId harper;

    @BeforeEach
    void setUp() {
        fromAddress("203.0.113." + ADDRESS.incrementAndGet());
        harper = new FamilyId(jdbc.sql("select id from family where case_reference = 'FV-1001'").query(Long.class).single());
    }

    @AfterEach
    void tearDown() {
        SignIn.out();
        RequestContextHolder.resetRequestAttributes();
    }

    private static void fromAddress(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private NewInvitation inviteNewMember(MemberType type) {
        signIn.as(SignIn.PRACTITIONER_NORTH);
        MemberId member = families.addMember(harper, "Invitee " + System.nanoTime() % 10000, "Cousin", type,
                type == MemberType.YOUNG_PERSON ? LocalDate.of(2012, 1, 1) : null);
        NewInvitation invitation = invitations.invite(harper, member);
        SignIn.out();
        return invitation;
    }

    @Test
    void aYoungPersonRedeemsTheirInvitationAndReachesOnlyTheirOwnFamily() {
        NewInvitation invitation = inviteNewMember(MemberType.YOUNG_PERSON);
        assertThat(invitation.code()).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        assertThat(invitation.link()).endsWith("/join?code=" + invitation.code());
        assertThat(invitation.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(14)));

        String username = "young.invitee" + System.nanoTime() % 10000;
        // typed in lower case with spaces: still the same code
        invitations.redeem(invitation.code().toLowerCase().replace("-", " "), username, "blue whale swimming");

        var principal = signIn.as(username);
        assertThat(principal.role()).isEqualTo(Roles.YOUNG_PERSON);
        assertThat(principal.familyId()).isEqualTo(harper);
        assertThat(families.myFamily().id()).isEqualTo(harper);
        assertThat(encoder.matches("blue whale swimming", users.loadUserByUsername(username).getPassword())).isTrue();
        assertThat(families.members(harper)).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo(principal.displayName());
            assertThat(m.hasAccount()).isTrue();
        });
    }

    @Test
    void usedExpiredRevokedAndMistypedCodesAllGetTheSameMessage() {
        NewInvitation used = inviteNewMember(MemberType.PARENT);
        invitations.redeem(used.code(), "used.code" + System.nanoTime() % 10000, "a perfectly good password");

        NewInvitation revoked = inviteNewMember(MemberType.PARENT);
        signIn.as(SignIn.MANAGER_NORTH);
        invitations.revoke(harper, revoked.id());
        SignIn.out();

        NewInvitation replaced = inviteNewMember(MemberType.PARENT);
        NewInvitation expired = inviteNewMember(MemberType.PARENT);
        clock.advance(Duration.ofDays(14).plusMinutes(1));

        for (String code : new String[]{used.code(), revoked.code(), expired.code(), "ABCDE-FGHJK", "", "<script>",
                "💥".repeat(100), replaced.code().substring(1) + "Q"}) {
            fromAddress("203.0.113." + ADDRESS.incrementAndGet());
            assertThat(Refusal.of(() -> invitations.redeem(code, "would.be" + System.nanoTime() % 10000,
                    "a perfectly good password"))).as(code).isEqualTo("invitations.error.invalid");
            assertThat(invitations.greet(code)).isEmpty();
        }
    }

    @Test
    void aNewInvitationForTheSameMemberStopsTheOldOne() {
        signIn.as(SignIn.PRACTITIONER_NORTH);
        MemberId member = families.addMember(harper, "Twice Invited", "Uncle", MemberType.PARENT, null);
        NewInvitation first = invitations.invite(harper, member);
        NewInvitation second = invitations.invite(harper, member);
        assertThat(invitations.invitations(harper)).filteredOn(i -> i.id().equals(first.id()))
                .singleElement().extracting(Invitation::status).isEqualTo(Invitation.Status.REVOKED);
        SignIn.out();
        assertThat(Refusal.of(() -> invitations.redeem(first.code(), "twice1", "a perfectly good password")))
                .isEqualTo("invitations.error.invalid");
        assertThat(invitations.greet(second.code())).contains("Twice Invited");
    }

    @Test
    void aWeakPasswordOrTakenUsernameIsRefusedAndTheCodeStillWorksAfterwards() {
        NewInvitation invitation = inviteNewMember(MemberType.PARENT);
        assertThat(Refusal.of(() -> invitations.redeem(invitation.code(), "fine.name", "password1234")))
                .isEqualTo("password.error.common");
        assertThat(Refusal.of(() -> invitations.redeem(invitation.code(), SignIn.PARENT_HARPER, "a perfectly good password")))
                .isEqualTo("username.error.taken");
        assertThat(Refusal.of(() -> invitations.redeem(invitation.code(), "bad name!", "a perfectly good password")))
                .isEqualTo("username.error.format");
        String username = "second.try" + System.nanoTime() % 10000;
        invitations.redeem(invitation.code(), username, "a perfectly good password");
        assertThat(signIn.as(username).familyId()).isEqualTo(harper);
    }

    @Test
    void guessingCodesFromOneAddressIsStopped() {
        fromAddress("203.0.113.250");
        String lastKey = null;
        for (int i = 0; i < 40; i++) {
            lastKey = Refusal.of(() -> invitations.redeem("ZZZZZ-ZZZZ" + (char) ('A' + (int) (Math.random() * 20)), "guess",
                    "a perfectly good password"));
        }
        assertThat(lastKey).isEqualTo("invitations.error.too-many");
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void aMemberWhoHasJoinedCannotBeInvitedAgain() {
        signIn.as(SignIn.PRACTITIONER_NORTH);
        var kai = families.members(harper).stream().filter(m -> m.name().equals("Kai Harper")).findFirst().orElseThrow();
        assertThat(Refusal.of(() -> invitations.invite(harper, kai.id()))).isEqualTo("invitations.error.has-account");
    }
}
