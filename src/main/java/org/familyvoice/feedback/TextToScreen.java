package org.familyvoice.feedback;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserId;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * Free text being saved somewhere in the portal, with what is known about where it came from.
 *
 * @param source      what kind of text, e.g. "feedback", "agenda-item"
 * @param sourceId    the id of the saved thing, if it has one yet
 * @param familyId    the family it is about, if known
 * @param teamId      the team whose duty queue should see it, if known
 * @param author      the account that wrote it, if signed in
 * @param authorLabel how to name the writer to staff, e.g. "Kai Harper (young person)" or "anonymous"
 */
public record TextToScreen(String source, @Nullable Long sourceId, @Nullable FamilyId familyId, @Nullable TeamId teamId,
                           @Nullable UserId author, @Nullable String authorLabel, String text) {
    public TextToScreen {
        Objects.requireNonNull(source);
        Objects.requireNonNull(text);
    }
}
