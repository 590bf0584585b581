package org.familyvoice.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every translation key the code uses exists in every translations file, and views build no component
 * from literal English.
 */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path I18N = Path.of("src/main/resources/vaadin-i18n");
    /** A string literal that looks like a translation key: dotted lower-case words. */
    private static final Pattern KEY = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9_-]+)+)\"");
    /** Keys built at run time from a prefix and an enum name or role. */
    private static final Pattern PREFIX = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.)\"\\s*\\+");
    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "new (Button|H1|H2|H3|H4|Span|Paragraph|TextField|TextArea|PasswordField|Checkbox|ListItem|Notification|Html)"
                    + "\\(\\s*\"[^\"]*[A-Za-z][^\"]*\""
                    + "|new Anchor\\([^,]+,\\s*\"[^\"]*[A-Za-z]"
                    + "|\\.(setText|setLabel|setHelperText|setErrorMessage|setPlaceholder|setHeaderTitle|setHeader|setAriaLabel"
                    + "|setTitle|setConfirmText|setCancelText|setEmptyStateText)\\(\\s*\"[^\"]*[A-Za-z]");

    @Test
    void everyKeyUsedInTheCodeIsTranslatedInEveryLanguage() throws IOException {
        List<Path> files = translationFiles();
        assertThat(files).isNotEmpty();
        // a literal counts as a key when it starts with one of the translation files' namespaces ("login.", "staff.")
        Set<String> namespaces = new TreeSet<>();
        for (Path file : files) {
            load(file).stringPropertyNames().forEach(k -> namespaces.add(k.substring(0, Math.max(0, k.indexOf('.')))));
        }
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Path source : javaSources()) {
            String text = Files.readString(source);
            Matcher m = KEY.matcher(text);
            while (m.find()) {
                String candidate = m.group(1);
                if (namespaces.contains(candidate.substring(0, candidate.indexOf('.')))) {
                    used.add(candidate);
                }
            }
            Matcher p = PREFIX.matcher(text);
            while (p.find()) {
                prefixes.add(p.group(1));
            }
        }
        assertThat(used).contains("app.name", "login.title");
        for (Path file : files) {
            Properties props = load(file);
            List<String> missing = new ArrayList<>();
            for (String key : used) {
                if (!props.containsKey(key)) {
                    missing.add(key);
                }
            }
            for (String prefix : prefixes) {
                if (props.stringPropertyNames().stream().noneMatch(k -> k.startsWith(prefix))) {
                    missing.add(prefix + "*");
                }
            }
            assertThat(missing).as("keys missing in " + file).isEmpty();
        }
    }

    @Test
    void enumAndRoleKeysAreComplete() throws IOException {
        for (Path file : translationFiles()) {
            Properties props = load(file);
            for (String role : Roles.ALL) {
                assertThat(props).as(file.toString()).containsKey("role." + role);
            }
            for (var type : org.familyvoice.families.MemberType.values()) {
                assertThat(props).containsKey("member-type." + type.name());
            }
            for (var action : org.familyvoice.base.audit.AuditAction.values()) {
                assertThat(props).containsKey("audit.action." + action.name());
            }
            for (var status : org.familyvoice.families.Invitation.Status.values()) {
                assertThat(props).containsKey("invitation.status." + status.name());
            }
            for (var status : org.familyvoice.notifications.OutboxStatus.values()) {
                assertThat(props).containsKey("outbox.status." + status.name());
            }
        }
    }

    /**
     * Vaadin formats a message with Java's MessageFormat only when it has arguments, and there a single
     * apostrophe starts a quote and disappears ("children's" would read "childrens"). So: apostrophes are
     * doubled in messages with {0}-style arguments, and single in messages without.
     */
    @Test
    void apostrophesSurviveMessageFormatting() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : translationFiles()) {
            Properties props = load(file);
            for (String key : props.stringPropertyNames()) {
                String value = props.getProperty(key);
                boolean hasArguments = value.matches("(?s).*\\{\\d+}.*");
                String withoutDoubled = value.replace("''", "");
                if (hasArguments ? withoutDoubled.contains("'") : value.contains("''")) {
                    wrong.add(file.getFileName() + " " + key + "=" + value);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void viewsBuildNoComponentFromLiteralText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path source : javaSources()) {
            if (!source.toString().contains("/ui/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                if (LITERAL_TEXT.matcher(lines.get(i)).find()) {
                    offenders.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theCheckItselfCatchesLiteralText() {
        assertThat(LITERAL_TEXT.matcher("var b = new Button(\"Save\");").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("field.setLabel(\"Name\");").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("new Button(getTranslation(\"common.save\"))").find()).isFalse();
        assertThat(LITERAL_TEXT.matcher("new Anchor(\"login\", getTranslation(\"x.y\"))").find()).isFalse();
        assertThat(LITERAL_TEXT.matcher("new Anchor(\"login\", \"Sign in\")").find()).isTrue();
    }

    private static List<Path> translationFiles() throws IOException {
        try (Stream<Path> s = Files.list(I18N)) {
            return s.filter(p -> p.getFileName().toString().matches("translations.*\\.properties")).sorted().toList();
        }
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        var props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }
}
