package org.familyvoice.themes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThemeTaggerTest {

    private static final ThemeTagger TAGGER = ThemeTagger.withSeedThemes();

    @Test
    void theSeedTaxonomyHasTheTwentyCodesOfTheBrief() {
        assertThat(SeedThemes.all()).extracting(Theme::code).containsExactly("LISTENED_TO", "CHILD_WISHES",
                "KEPT_INFORMED", "UNDERSTANDING_PLAN", "PLAIN_LANGUAGE", "WORKER_CHANGES", "WORKER_AVAILABILITY",
                "DELAYS_DRIFT", "RESPECT_JUDGED", "MEETINGS", "PRACTICAL_HELP", "FAMILY_CONTACT", "SCHOOL", "HEALTH",
                "MONEY_HOUSING", "COMPLAINTS", "POSITIVE_WORKER", "ACCESS_INCLUSION", "PARENT_SUPPORT",
                "ENDINGS_TRANSITIONS");
        assertThat(SeedThemes.all()).allSatisfy(t -> {
            assertThat(t.name()).isNotBlank();
            assertThat(t.description()).isNotBlank();
            assertThat(t.keywords().size() + t.phrases().size()).isGreaterThanOrEqualTo(10);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nobody listened.", "She is listening now.", "they never listen", "I listend to nobody"})
    void stemsAndSmallSlipsMeetTheSameKeyword(String text) {
        assertThat(TAGGER.tag(text).codes()).contains("LISTENED_TO");
    }

    @Test
    void phrasesMatchAcrossStopWordsAndAnExtraWord() {
        assertThat(TAGGER.tag("We were kept completely in the dark.").codes()).contains("KEPT_INFORMED");
        assertThat(TAGGER.tag("They never kept us informed").codes()).contains("KEPT_INFORMED");
        assertThat(TAGGER.tag("Please put it in plain English").codes()).contains("PLAIN_LANGUAGE");
        // the words of a phrase in separate sentences are no phrase ("kept in the dark")
        assertThat(TAGGER.tag("We kept going. Dark evenings are hard.").codes()).doesNotContain("KEPT_INFORMED");
        assertThat(TAGGER.tag("We kept going dark").codes()).contains("KEPT_INFORMED");
    }

    @Test
    void negationTurnsPraiseIntoComplaint() {
        assertThat(TAGGER.tag("She is very helpful").sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(TAGGER.tag("She is not very helpful").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(TAGGER.tag("She returns my calls").sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(TAGGER.tag("She never returns my calls").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(TAGGER.tag("No one listened to us").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(TAGGER.tag("They didn’t listen").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        // negated praise is no praise of a worker
        assertThat(TAGGER.tag("The worker was not helpful").codes()).doesNotContain("POSITIVE_WORKER");
        assertThat(TAGGER.tag("The worker was so helpful").codes()).contains("POSITIVE_WORKER");
    }

    @Test
    void negationStopsAtTheEndOfAClause() {
        assertThat(TAGGER.tag("No complaints, she was brilliant").sentiment()).isEqualTo(Sentiment.POSITIVE);
        // "not" reaches "perfect" but not past the "but": the praise of the worker stands
        assertThat(TAGGER.tag("Not perfect but really helpful").codes()).contains("POSITIVE_WORKER");
        assertThat(TAGGER.tag("Not perfect, really helpful").codes()).contains("POSITIVE_WORKER");
        assertThat(TAGGER.tag("Not really helpful").codes()).doesNotContain("POSITIVE_WORKER");
    }

    @Test
    void bothPraiseAndComplaintAreMixedAndAPlainQuestionIsNeutral() {
        assertThat(TAGGER.tag("Our worker is lovely but the delays are awful").sentiment()).isEqualTo(Sentiment.MIXED);
        assertThat(TAGGER.tag("What time is the review on Tuesday?").sentiment()).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void atMostThreeThemesStrongestFirst() {
        Tagging t = TAGGER.tag("The school, CAMHS, the housing officer, the complaints team and the interpreter at the "
                + "review meeting all said different things about the plan and contact with dad");
        assertThat(t.themes()).hasSize(ThemeTagger.MAX_THEMES);
        assertThat(t.themes()).extracting(ThemeScore::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t", "😀😀😀", "!!!???", "ok", "مرحبا، لم يستمع إلي أحد", "\u0000\u0007"})
    void oddTextGivesNoThemeAndNoError(String text) {
        assertThat(TAGGER.tag(text).themes()).isEmpty();
    }

    @Test
    void nullIsNeutral() {
        assertThat(TAGGER.tag(null)).isEqualTo(new Tagging(List.of(), Sentiment.NEUTRAL));
    }

    @Test
    void emojiCarrySentiment() {
        assertThat(TAGGER.tag("👍").sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(TAGGER.tag("😡").sentiment()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void markupIsReadAsTextAndScriptsAreIgnored() {
        Tagging t = TAGGER.tag("<p>The <b>letter</b> was full of <i>jargon</i></p><script>meeting()</script>");
        assertThat(t.codes()).containsExactly("PLAIN_LANGUAGE");
    }

    @Test
    void aHundredKilobyteTextIsTaggedWhole() {
        String text = "We waited months for the assessment and nobody returned my calls. ".repeat(1600);
        assertThat(text.length()).isGreaterThan(100_000);
        Tagging t = TAGGER.tag(text); // how long it takes belongs in a benchmark, not here
        assertThat(t.codes()).contains("DELAYS_DRIFT", "WORKER_AVAILABILITY");
    }

    @Test
    void oneTaggerServesManyThreadsAlike() throws Exception {
        String text = "The social worker keeps changing and nobody tells us anything";
        Tagging expected = TAGGER.tag(text);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Tagging>> results = pool.invokeAll(java.util.Collections.nCopies(200, () -> TAGGER.tag(text)));
            for (Future<Tagging> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        }
        assertThat(expected.codes()).contains("WORKER_CHANGES", "KEPT_INFORMED");
    }

    @Test
    void aTermOfOnlyStopWordsIsRefused() {
        Theme broken = new Theme("BROKEN", "Broken", "only stop words", List.of("the"), List.of());
        assertThatThrownBy(() -> new ThemeTagger(List.of(broken), new SentimentLexicon(List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCustomTaxonomyIsUsedAsGiven() {
        Theme pets = new Theme("PETS", "Pets", "animals at home", List.of("dog", "cat^0.5"), List.of("guinea pig"));
        ThemeTagger tagger = new ThemeTagger(List.of(pets), SentimentLexicon.standard());
        assertThat(tagger.tag("Our dogs are great").codes()).containsExactly("PETS");
        assertThat(tagger.tag("the cat").codes()).isEmpty();
        assertThat(tagger.tag("a cat and two guinea pigs").codes()).containsExactly("PETS");
    }
}
