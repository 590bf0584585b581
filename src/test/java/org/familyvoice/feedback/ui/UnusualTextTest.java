package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.feedback.Feedback;
import org.familyvoice.feedback.FeedbackAbout;
import org.familyvoice.feedback.FeedbackForm;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.feedback.Receipt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Injection and unusual text through every feedback field (what it is about, both texts, anonymous contact
 * details, a staff reply): stored exactly as typed, returned intact, and shown on every page as text, never as
 * markup. Control characters are refused with a message instead (FeedbackServiceTest).
 */
class UnusualTextTest extends KaribuTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger();

    static Stream<String> payloads() {
        return Stream.of(
                "<script>alert('x')</script>",
                "<img src=x onerror=alert(1)>",
                "\"><svg/onload=alert(document.domain)>",
                "<b>bold</b> & <i>italic</i> &amp; &lt;not a tag&gt;",
                "javascript:alert(1)",
                "'; DROP TABLE feedback; --",
                "' OR '1'='1",
                "Robert'); DELETE FROM app_user WHERE ('a'='a",
                "${7*7} #{7*7} {{7*7}} <%= 7*7 %> [[${7*7}]]",
                "{0} {1} %s %d %n",
                "\\u0041 \\n \\\\ backslashes \\",
                "مرحبا، أنا قلق بشأن الاجتماع",
                "שלום \u202Eevil\u202C text",
                "emoji 👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 🙏",
                "zero\u200Bwidth\u200Djoiner\uFEFF",
                "Zalgo: Z̷̧͖̈́a̶̛̭l̴͕̈g̸̙̓o̵̖͐",
                "line one\r\nline two\n\n   indented\tand tabbed",
                "𝕌𝕟𝕚𝕔𝕠𝕕𝕖 𝓶𝓪𝓽𝓱 and 中文 and 日本語 and 한국어",
                "a".repeat(199));
    }

    @Autowired FeedbackService feedback;
    @Autowired SignIn signIn;

    @ParameterizedTest
    @MethodSource("payloads")
    void everyFieldKeepsTheTextExactlyAndShowsItAsText(String text) {
        // A parent: what it is about, both texts
        signIn.as(SignIn.PARENT_HARPER);
        Receipt named = feedback.give(new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.MEETING, text, 3, 3, 3,
                text, text, true, true, null, null));
        Feedback mine = feedback.myFeedback(0, 200).stream().filter(f -> f.id().equals(named.id())).findFirst().orElseThrow();
        assertThat(List.of(mine.aboutDetail(), mine.wentWell(), mine.couldBeBetter())).containsOnly(text);

        // Someone without an account: contact details too
        SignIn.out();
        Receipt anonymous = feedback.giveAnonymously(new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.OTHER,
                text, null, null, 1, text, text, true, false, null, text), "203.0.113." + ADDRESS.incrementAndGet());

        // Staff see it exactly, and their reply with the same text comes back exactly
        signIn.as(SignIn.MANAGER_NORTH);
        Feedback opened = feedback.open(anonymous.id());
        assertThat(List.of(opened.aboutDetail(), opened.wentWell(), opened.couldBeBetter(), opened.contactDetails()))
                .containsOnly(text);
        assertThat(feedback.reply(named.id(), text).replies()).extracting(r -> r.text()).containsExactly(text);

        // On the pages: as text, never markup
        login(SignIn.MANAGER_NORTH);
        shows("feedback/" + anonymous.id(), text, 4);
        shows("feedback/" + named.id(), text, 4);
        SignIn.out();
        login(SignIn.PARENT_HARPER);
        shows("my-feedback", text, 4);
    }

    /** The page shows the text, exactly, in at least {@code times} text nodes and has no raw-HTML component. */
    private static void shows(String route, String text, int times) {
        UI.getCurrent().navigate(route);
        assertThat(_find(Html.class)).as(route).isEmpty();
        long found = _find(Component.class).stream()
                .filter(c -> c instanceof HasText)
                .map(c -> ((HasText) c).getText())
                .filter(t -> t != null && t.equals(text)).count();
        assertThat(found).as(route + " shows the text " + times + " times").isGreaterThanOrEqualTo(times);
        // nothing from the text became an element: no script, svg, b or i anywhere in the page tree, and the only
        // images are the rating faces (walked from every component: the UI element itself lists no children here)
        List<com.vaadin.flow.dom.Element> elements = _find(Component.class).stream()
                .flatMap(c -> descendants(c.getElement())).filter(e -> !e.isTextNode()).distinct().toList();
        assertThat(elements).as(route + " has elements").hasSizeGreaterThan(20);
        assertThat(elements).extracting(com.vaadin.flow.dom.Element::getTag).doesNotContain("script", "svg", "b", "i");
        assertThat(elements).filteredOn(e -> e.getTag().equals("img"))
                .allSatisfy(e -> assertThat(e.getAttribute("src")).startsWith("images/faces/"));
    }

    private static Stream<com.vaadin.flow.dom.Element> descendants(com.vaadin.flow.dom.Element e) {
        return e.isTextNode() ? Stream.of(e)
                : Stream.concat(Stream.of(e), e.getChildren().flatMap(UnusualTextTest::descendants));
    }
}
