package org.familyvoice.privacy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consent is only evidence if we know the words it was given to. Each wording in the registry carries the hash of
 * its English text: changing the text in the translations without a new version (and the new hash) fails here.
 */
class ConsentWordingTest {

    private static Properties translations() throws IOException {
        Properties props = new Properties();
        try (InputStream in = ConsentWordingTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }

    static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyWordingStillReadsAsTheVersionItsRecordsName() throws Exception {
        Properties props = translations();
        List<String> changed = new ArrayList<>();
        for (ConsentWording wording : ConsentWording.values()) {
            assertThat(wording.version()).as(wording.name()).isPositive();
            List<String> texts = new ArrayList<>();
            for (String key : wording.keys()) {
                assertThat(props).as(wording.name()).containsKey(key);
                texts.add(props.getProperty(key));
            }
            String now = sha256(String.join("\n", texts));
            if (!now.equals(wording.sha256())) {
                changed.add(wording.name() + " v" + wording.version() + ": the text changed; give it version "
                        + (wording.version() + 1) + " with hash " + now);
            }
        }
        assertThat(changed).as("consent wordings changed without a new version").isEmpty();
    }

    @Test
    void theCheckCatchesAChangedText() throws Exception {
        ConsentWording w = ConsentWording.MEETING_CHECK;
        String shown = translations().getProperty(w.keys().getFirst());
        assertThat(sha256(shown)).isEqualTo(w.sha256());
        assertThat(sha256(shown + " ")).isNotEqualTo(w.sha256());
        assertThat(ExportWords.wording(w)).isEqualTo(shown);
    }

    /** The forms show only registered consent wordings, so every choice they make can be recorded with its version. */
    @Test
    void everyConsentKeyTheFormsShowIsRegistered() throws IOException {
        List<String> registered = Stream.of(ConsentWording.values()).flatMap(w -> w.keys().stream()).toList();
        List<String> forms = List.of("src/main/java/org/familyvoice/feedback/ui/FeedbackFormPanel.java",
                "src/main/java/org/familyvoice/meetings/ui/ContributionsSection.java",
                "src/main/java/org/familyvoice/meetings/ui/MeetingCheckForm.java");
        Properties props = translations();
        for (String form : forms) {
            String source = Files.readString(Path.of(form));
            for (String key : props.stringPropertyNames()) {
                boolean consentKey = key.matches("(feedback\\.consent\\.(words|contact)|contributions\\.consent|check\\.consent).*")
                        && !key.startsWith("contributions.consent.given");
                String stem = key.replaceAll("\\.(adult|young|anonymous)$", ".");
                if (consentKey && (source.contains("\"" + key + "\"") || source.contains("\"" + stem + "\""))) {
                    assertThat(registered).as(form + " shows " + key).contains(key);
                }
            }
        }
    }
}
