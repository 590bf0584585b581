package org.familyvoice.base;

import java.util.List;

/** The five roles of the portal, as used in {@code @RolesAllowed} and {@code hasRole(..)}. */
public final class Roles {
    public static final String PARENT = "PARENT";
    public static final String YOUNG_PERSON = "YOUNG_PERSON";
    public static final String PRACTITIONER = "PRACTITIONER";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";

    /**
     * Not a role of its own: an extra authority of a practitioner on the duty rota, who works the safeguarding
     * queue alongside managers ({@code @RolesAllowed(Roles.DUTY)}, {@code hasRole('DUTY')}).
     */
    public static final String DUTY = "DUTY";

    public static final List<String> ALL = List.of(PARENT, YOUNG_PERSON, PRACTITIONER, MANAGER, ADMIN);
    public static final List<String> STAFF = List.of(PRACTITIONER, MANAGER, ADMIN);
    public static final List<String> FAMILY = List.of(PARENT, YOUNG_PERSON);

    private Roles() {
    }

    public static boolean isFamilyRole(String role) {
        return FAMILY.contains(role);
    }

    public static boolean isKnown(String role) {
        return ALL.contains(role);
    }
}
