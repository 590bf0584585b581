package org.familyvoice.accounts;

import org.familyvoice.accounts.repository.TeamRepository;
import org.familyvoice.accounts.repository.TeamRow;
import org.familyvoice.accounts.repository.UserRepository;
import org.familyvoice.accounts.repository.UserRow;
import org.familyvoice.base.Roles;
import org.familyvoice.base.StorableText;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.UserId;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.security.AccountSessionsEnded;
import org.familyvoice.base.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Staff accounts (administrators), teams, and every user's own password. */
@Service
public class AccountService {

    private final UserRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountService(UserRepository users, TeamRepository teams, PasswordEncoder encoder, PasswordPolicy policy,
                   CurrentUser currentUser, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.teams = teams;
        this.encoder = encoder;
        this.policy = policy;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new account's or a reset account's one-time password, shown once to the administrator. */
    public record TemporaryCredentials(UserId userId, String username, String temporaryPassword) {
    }

    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Team> teams() {
        return teams.findAllByOrderByName().stream().map(AccountService::toTeam).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffAccount> findStaff(long offset, int limit) {
        Map<Long, String> teamNames = teams.findAll().stream()
                .collect(Collectors.toMap(TeamRow::id, TeamRow::name));
        return users.findStaffPage(offset, limit).stream()
                .map(row -> toStaff(row, teamNames::get))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int countStaff() {
        return users.countStaff();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TemporaryCredentials createStaff(String rawUsername, String displayName, String role, @Nullable TeamId teamId) {
        String username = Usernames.normalise(rawUsername);
        String name = requireDisplayName(displayName);
        Long team = checkRoleAndTeam(role, teamId);
        if (users.existsByUsername(username)) {
            throw new UserFacingException("username.error.taken");
        }
        String temporary = TemporaryPasswords.generate();
        UserRow saved = users.save(new UserRow(null, username, name, encoder.encode(temporary), role, team, null, null,
                true, true, clock.instant(), false, null));
        audit.record(AuditAction.ACCOUNT_CREATED, "user:" + username, "role " + role + (team == null ? "" : ", team " + team));
        return new TemporaryCredentials(new UserId(saved.id()), username, temporary);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeRoleAndTeam(UserId id, String role, @Nullable TeamId teamId) {
        UserRow row = staff(id);
        refuseSelf(id);
        Long team = checkRoleAndTeam(role, teamId);
        users.save(row.withRoleAndTeam(role, team));
        events.publishEvent(new AccountSessionsEnded(id));
        audit.record(AuditAction.ACCOUNT_CHANGED, "user:" + row.username(),
                "role " + row.role() + " -> " + role + ", team " + row.teamId() + " -> " + team);
    }

    /**
     * Puts a practitioner on the duty rota or takes them off it. Their sessions end, so the duty queue appears
     * or disappears at their next sign-in.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setOnDuty(UserId id, boolean onDuty) {
        UserRow row = staff(id);
        if (onDuty && !Roles.PRACTITIONER.equals(row.role())) {
            throw new UserFacingException("accounts.error.duty-practitioners-only");
        }
        if (row.onDuty() == onDuty) {
            return;
        }
        users.save(row.withOnDuty(onDuty));
        events.publishEvent(new AccountSessionsEnded(id));
        audit.record(AuditAction.ACCOUNT_CHANGED, "user:" + row.username(), onDuty ? "on duty rota" : "off duty rota");
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setActive(UserId id, boolean active) {
        UserRow row = staff(id);
        refuseSelf(id);
        users.save(row.withActive(active));
        if (!active) {
            events.publishEvent(new AccountSessionsEnded(id));
        }
        audit.record(active ? AuditAction.ACCOUNT_REACTIVATED : AuditAction.ACCOUNT_DEACTIVATED,
                "user:" + row.username(), null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TemporaryCredentials resetPassword(UserId id) {
        UserRow row = staff(id);
        String temporary = TemporaryPasswords.generate();
        users.save(row.withPasswordHash(encoder.encode(temporary), true));
        events.publishEvent(new AccountSessionsEnded(id));
        audit.record(AuditAction.PASSWORD_RESET, "user:" + row.username(), null);
        return new TemporaryCredentials(id, row.username(), temporary);
    }

    /** Any signed-in person changes their own password, proving they know the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserId me = currentUser.require().id();
        UserRow row = users.findById(me.value()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, row.passwordHash())) {
            throw new UserFacingException("password.error.current-wrong");
        }
        Optional<String> problem = policy.problem(newPassword, row.username());
        if (problem.isPresent()) {
            throw new UserFacingException(problem.get());
        }
        if (encoder.matches(newPassword, row.passwordHash())) {
            throw new UserFacingException("password.error.same");
        }
        users.save(row.withPasswordHash(encoder.encode(newPassword), false));
        audit.record(AuditAction.PASSWORD_CHANGED, "user:" + row.username(), null);
    }

    /** The signed-in person's own address for e-mail notifications, if they gave one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> ownEmail() {
        return Optional.ofNullable(users.findEmail(currentUser.require().id().value()));
    }

    /**
     * Any signed-in person sets (or, with a blank value, removes) their own address for e-mail notifications.
     * The audit records that it changed, never the address.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnEmail(@Nullable String email) {
        String address = NotificationAddresses.normalise(email);
        UserRow row = users.findById(currentUser.require().id().value()).orElseThrow();
        if (java.util.Objects.equals(address, users.findEmail(row.id()))) {
            return;
        }
        users.updateEmail(row.id(), address);
        audit.record(AuditAction.ACCOUNT_CHANGED, "user:" + row.username(),
                address == null ? "notification e-mail removed" : "notification e-mail set");
    }

    /** Active practitioners of the caller's own team, for allocating families. */
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<StaffAccount> activePractitioners(TeamId teamId) {
        if (!teamId.equals(currentUser.require().teamId())) {
            throw new org.springframework.security.access.AccessDeniedException("not your team");
        }
        return users.findActivePractitionersInTeam(teamId.value()).stream()
                .map(row -> toStaff(row, id -> null)).toList();
    }

    /** The names to show for members of staff, e.g. families' allocated practitioners. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<UserId, String> staffNames(Collection<UserId> ids) {
        var wanted = ids.stream().map(UserId::value).collect(Collectors.toSet());
        return users.findAllById(wanted).stream().filter(r -> Roles.STAFF.contains(r.role()))
                .collect(Collectors.toMap(r -> new UserId(r.id()), UserRow::displayName));
    }

    /** Team names by id (names of teams are not secret). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<TeamId, String> teamNames() {
        return teams.findAll().stream().collect(Collectors.toMap(t -> new TeamId(t.id()), TeamRow::name));
    }

    /** The teams, for anyone choosing which team anonymous feedback is about (team names are public). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Team> publicTeams() {
        return teams.findAllByOrderByName().stream().map(AccountService::toTeam).toList();
    }

    private UserRow staff(UserId id) {
        return users.findById(id.value()).filter(r -> Roles.STAFF.contains(r.role()))
                .orElseThrow(() -> new NoSuchElementException("no such staff account"));
    }

    private void refuseSelf(UserId id) {
        if (currentUser.require().id().equals(id)) {
            throw new UserFacingException("accounts.error.not-yourself");
        }
    }

    private @Nullable Long checkRoleAndTeam(String role, @Nullable TeamId teamId) {
        if (!Roles.STAFF.contains(role)) {
            throw new UserFacingException("accounts.error.role");
        }
        if (role.equals(Roles.ADMIN)) {
            return null;
        }
        if (teamId == null || !teams.existsById(teamId.value())) {
            throw new UserFacingException("accounts.error.team-required");
        }
        return teamId.value();
    }

    private static String requireDisplayName(@Nullable String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            throw new UserFacingException("accounts.error.name-required");
        }
        if (name.length() > 120) {
            throw new UserFacingException("accounts.error.name-too-long");
        }
        // a NUL or other control character would break PostgreSQL's insert and every screen that shows the name
        StorableText.require(name, false, "accounts.error.name-hidden");
        return name;
    }

    static Team toTeam(TeamRow row) {
        return new Team(new TeamId(row.id()), row.name());
    }

    private static StaffAccount toStaff(UserRow row, Function<Long, @Nullable String> teamName) {
        return new StaffAccount(new UserId(row.id()), row.username(), row.displayName(), row.role(),
                row.teamId() == null ? null : new TeamId(row.teamId()),
                row.teamId() == null ? null : teamName.apply(row.teamId()), row.active(), row.onDuty());
    }
}
