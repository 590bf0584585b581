package org.familyvoice.privacy;

import java.util.List;

/**
 * The registry of consent wordings: each text a person is shown when they make a consent choice, by its translation
 * keys, a version and the SHA-256 of the English text (the keys' texts joined by a line break). A consent record names
 * the wording and version it was given under. Changing a text means a new version: {@code ConsentWordingTest} fails
 * when a text no longer matches its hash, and the fix is to raise the version and put the new hash here, never to
 * change the hash alone.
 */
public enum ConsentWording {

    FEEDBACK_WORDS_ADULT(1, "ae17e54b9fa63c9734d2d70e130059523d878de276befff3b1e232a01481eb7e",
            "feedback.consent.words.adult", "feedback.consent.words.help.adult"),
    FEEDBACK_WORDS_YOUNG(1, "81f7969c4d97eaf54e506f8308ca4c17d9fb470009d3db703e4e7bb3f698b618",
            "feedback.consent.words.young", "feedback.consent.words.help.young"),
    FEEDBACK_CONTACT_ADULT(1, "570767cd936638f9f9f5ff9ce7aae09a9cf5aec70ce3643ac45d044dda272f28",
            "feedback.consent.contact.adult"),
    FEEDBACK_CONTACT_YOUNG(1, "69bf7efcd5c9e4dff65510755c591045d662f3b363da1296e213d4c551f78fde",
            "feedback.consent.contact.young"),
    FEEDBACK_CONTACT_ANONYMOUS(1, "570767cd936638f9f9f5ff9ce7aae09a9cf5aec70ce3643ac45d044dda272f28",
            "feedback.consent.contact.anonymous"),
    AGENDA_ITEM_ADULT(1, "da8d0e7b6ba6c546634100bfa88d39a41bb211c5d81fcf696d5c1f9295f2de0c",
            "contributions.consent", "contributions.consent.help"),
    AGENDA_ITEM_YOUNG(1, "aa3612b1d4b814824b4308ac38221e8c508c1bc611eecd98392fffd4bf250014",
            "contributions.consent.young", "contributions.consent.help.young"),
    MEETING_CHECK(1, "11c9b453c2deeda885a89fb9fb4950cc973329ed6cba11b8ea3753012e7863ae",
            "check.consent"),
    /** The confirmation a parent, carer or young person accepts to stop their feedback's words being used. */
    FEEDBACK_WORDS_WITHDRAWN(1, "627c85752f0ad2fa29d7982731cb0f00454ffd112708ca199b1e2a6970e345be",
            "feedback.consent.withdraw.confirm");

    private final int version;
    private final String sha256;
    private final List<String> keys;

    ConsentWording(int version, String sha256, String... keys) {
        this.version = version;
        this.sha256 = sha256;
        this.keys = List.of(keys);
    }

    public int version() {
        return version;
    }

    /** The SHA-256 (hex) of the English text of {@link #keys()}, joined by a line break, at {@link #version()}. */
    public String sha256() {
        return sha256;
    }

    /** The translation keys of the text shown, in the order they appear. */
    public List<String> keys() {
        return keys;
    }
}
