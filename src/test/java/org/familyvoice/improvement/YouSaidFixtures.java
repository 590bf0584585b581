package org.familyvoice.improvement;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserId;
import org.familyvoice.themes.SaidText;
import org.familyvoice.themes.VoiceOrigin;
import org.familyvoice.themes.VoiceRecorder;
import org.familyvoice.themes.VoiceSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Controlled words for the "you said, we did" and evidence-pack tests: recorded through {@link VoiceRecorder} (tagged,
 * redacted and counted as the real features do), in a far-future period of their own, with themes made for the test
 * (a made-up keyword each) so the figures are exactly what the test says.
 */
@Component
public class YouSaidFixtures {

    private static final AtomicLong ORIGIN_IDS = new AtomicLong(8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));

    private final VoiceRecorder recorder;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;

    YouSaidFixtures(VoiceRecorder recorder, PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.recorder = recorder;
        this.tx = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    /** A year far ahead that no other test uses (most likely): its own empty period. */
    public static int farYear() {
        return 2200 + ThreadLocalRandom.current().nextInt(700);
    }

    /** A made-up lower-case word, for a theme's keyword that no real text contains. */
    public static String word() {
        var sb = new StringBuilder("q");
        var random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    public long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    public FamilyId family(String caseReference) {
        return new FamilyId(jdbc.sql("select id from family where case_reference = :r").param("r", caseReference)
                .query(Long.class).single());
    }

    /** A new active theme called {@code name}, tagged wherever {@code keyword} is written. */
    public long theme(String name, String keyword) {
        String code = "TEST_" + keyword.toUpperCase();
        jdbc.sql("""
                        insert into theme (code, name, description, keywords, phrases, changed_at)
                        values (:code, :name, 'made by a test', :keyword, '', :at)""")
                .param("code", code).param("name", name).param("keyword", keyword)
                .param("at", Timestamp.from(Instant.now())).update();
        return jdbc.sql("select id from theme where code = :code").param("code", code).query(Long.class).single();
    }

    /** Takes a test theme out of use again, so other tests see the taxonomy they expect. */
    public void retire(long themeId) {
        jdbc.sql("update theme set active = false, version = version + 1 where id = :id").param("id", themeId).update();
    }

    /** Words said on {@code day} by {@code contributor}; returns the voice item's id. */
    public long say(LocalDate day, String contributor, String text, @Nullable Long author, boolean mayContact,
                    @Nullable FamilyId family, @Nullable TeamId team, List<String> knownNames) {
        long originId = ORIGIN_IDS.incrementAndGet();
        VoiceSource source = author == null ? VoiceSource.ANONYMOUS : VoiceSource.PARENT;
        tx.executeWithoutResult(status -> recorder.record(new SaidText(VoiceOrigin.FEEDBACK, originId, family, team,
                source, null, contributor, author == null ? null : new UserId(author), mayContact,
                day.atTime(12, 0).toInstant(ZoneOffset.UTC), text, knownNames)));
        return Objects.requireNonNull(jdbc.sql("select id from voice_item where origin = 'FEEDBACK' and origin_id = :o")
                .param("o", originId).query(Long.class).single());
    }

    public long say(LocalDate day, String contributor, String text, @Nullable Long author, boolean mayContact) {
        return say(day, contributor, text, author, mayContact, null, null, List.of());
    }

    /** An improvement action under the first area, for the pack's plan section. */
    public long action(String title, String status) {
        long area = jdbc.sql("select id from improvement_area order by sort_order fetch first 1 rows only")
                .query(Long.class).single();
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into improvement_action (area_id, title, owner_name, due_on, status, created_at, changed_at)
                        values (:area, :title, 'Head of Service', :due, :status, :at, :at)""")
                .param("area", area).param("title", title).param("due", LocalDate.of(2026, 12, 31))
                .param("status", status).param("at", Timestamp.from(Instant.now())).update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** Links a theme or an item to an action as evidence, as the plan's page would. */
    public void evidence(long actionId, @Nullable Long themeId, @Nullable Long itemId, long linkedBy) {
        jdbc.sql("""
                        insert into action_evidence (action_id, theme_id, item_id, linked_by, linked_at)
                        values (:action, :theme, :item, :by, :at)""")
                .param("action", actionId).param("theme", themeId).param("item", itemId).param("by", linkedBy)
                .param("at", Timestamp.from(Instant.now())).update();
    }

    public int notifications(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = :u and message_key = :k")
                .param("u", userId).param("k", YouSaidService.NOTIFICATION).query(Integer.class).single();
    }
}
