package org.familyvoice.privacy;

import java.util.Map;
import java.util.Set;

/**
 * What erasure and retention do to every table, and which of its text columns were looked at. A test compares this
 * with the database's own metadata (INFORMATION_SCHEMA): a table or text column added later fails it until someone
 * decides here what happens to it (and handles it in {@code PrivacyStore} if it can hold personal data).
 */
final class ErasureInventory {

    /** @param handling what happens on erasure (and retention), in a few words, for the docs and reviewers */
    record Rule(String handling, Set<String> textColumns) {
    }

    private static Rule rule(String handling, String... textColumns) {
        return new Rule(handling, Set.of(textColumns));
    }

    static final Map<String, Rule> TABLES = Map.ofEntries(
            Map.entry("app_user", rule("tombstone: username erased-<id>, no name, e-mail or password, inactive; "
                    + "row kept so counts and links stay", "username", "display_name", "password_hash", "role", "email")),
            Map.entry("family", rule("kept: names the household, not the person (case reference, family name)",
                    "case_reference", "display_name")),
            Map.entry("family_member", rule("name 'Erased person', no relationship, birth date to 1 January of the "
                    + "year, link to the account cut; row kept (family's counts)", "name", "relationship", "member_type")),
            Map.entry("invitation", rule("deleted for the member", "code_hash")),
            Map.entry("login_throttle", rule("deleted for the username; retention: after login-throttle",
                    "throttle_key")),
            Map.entry("staff_mfa", rule("deleted for the account (a staff member's authenticator key)", "secret")),
            Map.entry("staff_mfa_recovery_code", rule("deleted for the account", "code_hash")),
            Map.entry("consent_record", rule("kept: the choice, when, and the wording's key, version and hash, by "
                    + "account id (which then points at the tombstone): the record of consent must outlive the words",
                    "origin", "purpose", "wording_key", "wording_hash")),
            Map.entry("rate_limit", rule("per address, no person; retention: after rate-limits", "limit_key")),
            Map.entry("audit_event", rule("append-only, never changed: names accounts by id (user#<id>) since V13; "
                    + "the erasure is recorded by ids and counts", "actor", "action", "target", "details",
                    "client_address")),
            Map.entry("audit_event_truncate_guard", rule("no data")),
            Map.entry("safeguarding_alert", rule("refused while one of the person's alerts is open; closed ones lose "
                    + "text, signs and author; names removed in the family's other alerts", "source", "author_label",
                    "text", "concerns", "signs", "status", "action_taken")),
            Map.entry("feedback", rule("anonymised: no author, name, words, detail or contact details; ratings, source, "
                    + "team and date stay counted; retention: after feedback-identifiable", "reference",
                    "submission_key", "source", "about", "about_detail", "author_name", "went_well", "could_be_better",
                    "contact_details", "status")),
            Map.entry("feedback_reply", rule("words of replies to the person's feedback removed; names removed in "
                    + "the family's other replies; staff author kept (or 'Former member of staff')", "author_name",
                    "text")),
            Map.entry("notification", rule("the person's deleted; their names removed from others'; retention: after "
                    + "notifications", "message_key", "message_arg", "link")),
            Map.entry("email_outbox", rule("the person's (by account or address) deleted; retention: finished ones "
                    + "after emails", "to_address", "subject", "body", "status", "claimed_by", "last_error")),
            Map.entry("meeting", rule("kept (counts); names removed from place and reason; retention: place, link "
                    + "and reason emptied after meeting-content", "meeting_type", "place", "online_link", "status",
                    "cancelled_reason")),
            Map.entry("meeting_attendee", rule("kept (attendance); names removed; retention: other people's names "
                    + "emptied", "name", "attendee_role")),
            Map.entry("meeting_contribution", rule("the person's words emptied, row kept; names removed in others'; "
                    + "retention: all words emptied", "kind", "text", "heard_by", "visible_to", "status",
                    "agenda_state")),
            Map.entry("agenda_item", rule("kept; names removed from staff text and outcome; retention: emptied",
                    "origin", "kind", "staff_text", "outcome")),
            Map.entry("meeting_action", rule("kept; names removed; retention: text and owner emptied", "action_text",
                    "owner_name")),
            Map.entry("meeting_check", rule("answers kept (counts), the person's comment removed; names removed in "
                    + "others'; retention: comments removed", "respondent", "listened_to", "knows_next", "comment")),
            Map.entry("meeting_reminder", rule("kept: ids only (meeting, tombstone account)")),
            Map.entry("theme", rule("taxonomy, no person", "code", "name", "description", "keywords", "phrases")),
            Map.entry("improvement_area", rule("plan, no person", "code", "name", "description")),
            Map.entry("theme_area", rule("ids only")),
            Map.entry("improvement_action", rule("staff owner name replaced when a member of staff is erased",
                    "title", "owner_name", "status")),
            Map.entry("improvement_note", rule("staff author name replaced; family members' names removed from notes",
                    "note", "author_name")),
            Map.entry("voice_item", rule("kept with themes, sentiment, day and contributor key (rollups and the "
                    + "fewer-than-5 rule unchanged); words, author and terms removed", "origin", "source",
                    "meeting_type", "contributor_key", "text", "redacted_text", "sentiment")),
            Map.entry("voice_item_theme", rule("kept (theme counts); contributor key is a pseudonym", "source",
                    "meeting_type", "sentiment", "contributor_key")),
            Map.entry("voice_item_term", rule("the person's items' terms deleted, and terms holding their names",
                    "term", "contributor_key")),
            Map.entry("term_rollup", rule("decremented for deleted terms (emerging terms only)", "term")),
            Map.entry("tag_change", rule("staff name replaced when a member of staff is erased", "changed_by_name",
                    "themes_before", "themes_after", "sentiment_before", "sentiment_after")),
            Map.entry("voice_rollup", rule("counts, unchanged", "source", "meeting_type", "origin", "sentiment")),
            Map.entry("theme_rollup", rule("counts, unchanged", "source", "meeting_type", "sentiment")),
            Map.entry("feedback_rollup", rule("counts, unchanged", "source")),
            Map.entry("action_evidence", rule("ids only: link to a themed item (now without words)")),
            Map.entry("you_said_we_did", rule("published summaries written by staff without names", "heard", "did")),
            Map.entry("you_said_item", rule("ids only")),
            Map.entry("team", rule("no person", "name")),
            Map.entry("retention_run", rule("counts and node name, no person", "node", "trigger_kind", "status",
                    "error")),
            Map.entry("shedlock", rule("lock row, no person", "name", "locked_by")),
            Map.entry("flyway_schema_history", rule("migrations, no person", "version", "description", "type",
                    "script", "installed_by")));

    private ErasureInventory() {
    }
}
