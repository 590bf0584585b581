package org.familyvoice.demo;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserId;
import org.familyvoice.themes.SaidText;
import org.familyvoice.themes.VoiceOrigin;
import org.familyvoice.themes.VoiceRecorder;
import org.familyvoice.themes.VoiceSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands every demo feedback form and post-meeting check to the themes feature exactly as the feedback and meetings
 * services do when they are saved: every form counted with its ratings, and the words of those who allowed it
 * tagged, redacted and counted, at the time they were written. Runs once, in the demo data's transaction, after
 * all rows are in (so the names it redacts include everyone the demo knows).
 */
final class DemoRecording {

    private record Form(long id, String reference, String source, @Nullable Long family, @Nullable Long team,
                        @Nullable Long author, @Nullable String authorName, @Nullable Integer listened,
                        @Nullable Integer understood, @Nullable Integer respected, @Nullable String wentWell,
                        @Nullable String better, boolean mayContact, boolean mayUse, Instant at) {
    }

    private record Check(long id, long user, String respondent, String comment, Instant at, String meetingType,
                         long family, long team, String name) {
    }

    private final JdbcClient jdbc;
    private final VoiceRecorder voices;

    DemoRecording(JdbcClient jdbc, VoiceRecorder voices) {
        this.jdbc = jdbc;
        this.voices = voices;
    }

    void recordAll() {
        for (Form f : forms()) {
            TeamId team = f.team() == null ? null : new TeamId(f.team());
            VoiceSource source = VoiceSource.valueOf(f.source());
            voices.countFeedbackForm(f.at(), team, source, f.listened(), f.understood(), f.respected());
            List<String> parts = new ArrayList<>();
            if (f.wentWell() != null) {
                parts.add(f.wentWell());
            }
            if (f.better() != null) {
                parts.add(f.better());
            }
            if (f.mayUse() && !parts.isEmpty()) {
                voices.record(new SaidText(VoiceOrigin.FEEDBACK, f.id(), f.family() == null ? null : new FamilyId(f.family()),
                        team, source, null, f.author() == null ? "anonymous:" + f.reference() : "user:" + f.author(),
                        f.author() == null ? null : new UserId(f.author()), f.mayContact(), f.at(),
                        String.join("\n\n", parts), List.of()));
            }
        }
        for (Check c : checks()) {
            voices.record(new SaidText(VoiceOrigin.MEETING_CHECK, c.id(), new FamilyId(c.family()), new TeamId(c.team()),
                    c.respondent().equals("CHILD") ? VoiceSource.YOUNG_PERSON : VoiceSource.PARENT, c.meetingType(),
                    "user:" + c.user(), new UserId(c.user()), false, c.at(), c.comment(), List.of()));
        }
    }

    private List<Form> forms() {
        return jdbc.sql("""
                        select id, reference, source, family_id, team_id, author_user_id, author_name, listened,
                            understood, respected, went_well, could_be_better, may_contact, may_use_words, submitted_at
                        from feedback order by id""")
                .query((rs, n) -> new Form(rs.getLong("id"), rs.getString("reference"), rs.getString("source"),
                        nullableLong(rs, "family_id"), nullableLong(rs, "team_id"), nullableLong(rs, "author_user_id"),
                        rs.getString("author_name"), nullableInt(rs, "listened"), nullableInt(rs, "understood"),
                        nullableInt(rs, "respected"), rs.getString("went_well"), rs.getString("could_be_better"),
                        rs.getBoolean("may_contact"), rs.getBoolean("may_use_words"),
                        rs.getObject("submitted_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Family members' comments they allowed to be used (staff's own comments are not families' words). */
    private List<Check> checks() {
        return jdbc.sql("""
                        select c.id, c.user_id, c.respondent, c.comment, c.answered_at, m.meeting_type, f.id as family_id,
                            f.team_id, u.display_name
                        from meeting_check c join meeting m on m.id = c.meeting_id join family f on f.id = m.family_id
                            join app_user u on u.id = c.user_id
                        where c.may_use_for_improvement and c.comment is not null and c.respondent in ('CHILD', 'PARENT')
                        order by c.id""")
                .query((rs, n) -> new Check(rs.getLong("id"), rs.getLong("user_id"), rs.getString("respondent"),
                        rs.getString("comment"), rs.getObject("answered_at", OffsetDateTime.class).toInstant(),
                        rs.getString("meeting_type"), rs.getLong("family_id"), rs.getLong("team_id"),
                        rs.getString("display_name")))
                .list();
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
