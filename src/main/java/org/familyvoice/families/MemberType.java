package org.familyvoice.families;

import org.familyvoice.base.Roles;

/** Who a family member is to the portal: a parent or carer, or a young person. */
public enum MemberType {
    PARENT(Roles.PARENT),
    YOUNG_PERSON(Roles.YOUNG_PERSON);

    private final String role;

    MemberType(String role) {
        this.role = role;
    }

    /** The role their account gets when they accept an invitation. */
    public String role() {
        return role;
    }
}
