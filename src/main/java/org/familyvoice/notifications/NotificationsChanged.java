package org.familyvoice.notifications;

import org.familyvoice.base.UserId;
import org.familyvoice.base.live.LiveEvent;

/** Someone's notifications changed (a new one, or all read): their bell in every open tab counts again. */
public record NotificationsChanged(UserId userId) implements LiveEvent {
}
