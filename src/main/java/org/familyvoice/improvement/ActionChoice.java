package org.familyvoice.improvement;

/** An action of the plan as other pages offer it for choosing, e.g. to link evidence to. */
public record ActionChoice(long id, String areaName, String title, ActionStatus status) {
}
