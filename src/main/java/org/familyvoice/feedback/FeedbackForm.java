package org.familyvoice.feedback;

import org.familyvoice.base.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * What a person filled in. Every answer is optional, but something must be said.
 *
 * @param submissionKey   made once per form shown; sending the same form twice stores it once
 * @param about           what it is about
 * @param aboutDetail     which meeting, team or thing, in their words (optional)
 * @param listened        "I felt listened to", 1 (strongly disagree) to 5 (strongly agree), or null
 * @param understood      "I understood what was happening and why", 1 to 5 or null
 * @param respected       "I was treated with respect", 1 to 5 or null
 * @param wentWell        "What went well?"
 * @param couldBeBetter   "What could be better?"
 * @param mayContact      they may be contacted about it
 * @param mayUseWords     their words may be used, without their name, to improve services
 * @param teamId          anonymous feedback only: the team it is about, if they chose one
 * @param contactDetails  anonymous feedback only: how to reach them, if they want a reply
 */
public record FeedbackForm(String submissionKey, FeedbackAbout about, @Nullable String aboutDetail,
                           @Nullable Integer listened, @Nullable Integer understood, @Nullable Integer respected,
                           @Nullable String wentWell, @Nullable String couldBeBetter, boolean mayContact,
                           boolean mayUseWords, @Nullable TeamId teamId, @Nullable String contactDetails) {
}
