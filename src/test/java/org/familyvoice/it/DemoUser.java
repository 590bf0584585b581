package org.familyvoice.it;

import java.util.List;

/**
 * One demo account per role (see {@code DemoData}) with what that person should find after signing in:
 * their home address, the heading and a text they see there, the menu entries they may reach (in the menu's order)
 * and those they may not.
 */
enum DemoUser {

    PARENT("parent.harper", "Leanne Harper", "Parent or carer", "/my-family", "Welcome, Leanne Harper",
            "This is your space to tell children's services how things are going for your family, and to help "
                    + "shape your meetings.",
            List.of("My family", "My feedback", "My meetings", "Change password"),
            List.of("Families", "Feedback", "Duty queue", "How meetings went", "Themes", "Check themes", "Improvement plan",
                    "Theme taxonomy", "You said, we did", "Evidence pack", "Staff accounts", "Audit trail", "E-mail outbox", "Subject access", "Retention and erasure")),
    YOUNG_PERSON("young.harper", "Kai Harper", "Young person", "/my-family", "Hi Kai Harper",
            "This is your space. You can tell us what is going well, what worries you, and what you want to happen.",
            List.of("My family", "My feedback", "My meetings", "Change password"),
            List.of("Families", "Feedback", "Duty queue", "How meetings went", "Themes", "Check themes", "Improvement plan",
                    "Theme taxonomy", "You said, we did", "Evidence pack", "Staff accounts", "Audit trail", "E-mail outbox", "Subject access", "Retention and erasure")),
    PRACTITIONER("practitioner.north", "Priya Shah", "Practitioner", "/families", "Families",
            "Hello Priya Shah. Your own families come first; you can also look at the rest of your team's families.",
            List.of("Families", "Feedback", "Check themes", "Improvement plan", "Change password"),
            List.of("My family", "My meetings", "Duty queue", "How meetings went", "Themes", "Theme taxonomy",
                    "You said, we did", "Evidence pack", "Staff accounts", "Audit trail", "E-mail outbox", "Subject access", "Retention and erasure")),
    MANAGER("manager.south", "Jordan Blake", "Manager", "/families", "Families",
            "Hello Jordan Blake. These are the families of your team.",
            List.of("Families", "Feedback", "Duty queue", "How meetings went", "Themes", "Check themes",
                    "Improvement plan", "Theme taxonomy", "You said, we did", "Evidence pack", "Change password"),
            List.of("My family", "My meetings", "Staff accounts", "Audit trail", "E-mail outbox", "Subject access", "Retention and erasure")),
    MANAGER_NORTH("manager.north", "Morgan Reid", "Manager", "/families", "Families",
            "Hello Morgan Reid. These are the families of your team.",
            List.of("Families", "Feedback", "Duty queue", "How meetings went", "Themes", "Check themes",
                    "Improvement plan", "Theme taxonomy", "You said, we did", "Evidence pack", "Change password"),
            List.of("My family", "My meetings", "Staff accounts", "Audit trail", "E-mail outbox", "Subject access", "Retention and erasure")),
    ADMIN("admin", "Alex Morgan", "Administrator", "/admin/staff", "Staff accounts", "This is you",
            List.of("Improvement plan", "Theme taxonomy", "Staff accounts", "Audit trail", "Subject access",
                    "E-mail outbox", "Retention and erasure", "Change password"),
            List.of("Families", "My family", "Feedback", "Duty queue", "How meetings went", "Themes", "Check themes",
                    "You said, we did", "Evidence pack"));

    /** The password of every demo account. */
    static final String PASSWORD = "demo-voices-2026";

    final String username;
    final String displayName;
    final String roleName;
    final String homePath;
    final String homeHeading;
    final String homeText;
    final List<String> menuShown;
    final List<String> menuHidden;
    /** Managers and the administrator use two-step sign-in, with the demo key (org.familyvoice.demo.DemoKeys). */
    final boolean twoStep;

    DemoUser(String username, String displayName, String roleName, String homePath, String homeHeading,
             String homeText, List<String> menuShown, List<String> menuHidden) {
        this.username = username;
        this.displayName = displayName;
        this.roleName = roleName;
        this.homePath = homePath;
        this.homeHeading = homeHeading;
        this.homeText = homeText;
        this.menuShown = menuShown;
        this.menuHidden = menuHidden;
        this.twoStep = roleName.equals("Manager") || roleName.equals("Administrator");
    }
}
