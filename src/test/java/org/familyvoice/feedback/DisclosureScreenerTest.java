package org.familyvoice.feedback;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The screener's handling of how people really type; its accuracy over labelled sets is in ScreenerEvaluationTest. */
class DisclosureScreenerTest {

    private final DisclosureScreener screener = new DisclosureScreener();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my dad hits me when he is drunk                      | VIOLENCE
            MY DAD HITS ME                                       | VIOLENCE
            dad hitts me n my sister                             | VIOLENCE
            mums boyfriend hurst me                              | VIOLENCE
            i want to kill myself                                | SELF_HARM
            i wanna die                                          | SELF_HARM
            kms                                                  | SELF_HARM
            i w4nt t0 d13                                        | SELF_HARM
            I've been thinking about ending it                   | SELF_HARM
            i dont see the point in anything anymore             | SELF_HARM
            been cutting myself again                            | SELF_HARM
            im sooooo scard of my stepdad                         | UNSAFE
            i dont feel safe at home                             | UNSAFE
            he said he would kill me if i told                   | UNSAFE
            my uncle touches me and says its our secret          | SEXUAL_HARM
            a man online keeps asking for pics of me             | SEXUAL_HARM
            i ran away last night and slept in the park          | MISSING
            she didnt come home for three days                   | MISSING
            some older guys give me weed if i carry bags for them | EXPLOITATION
            there is never any food in the house                 | NEGLECT
            mum leaves us on our own all weekend                 | NEGLECT
            """)
    void findsTheSignAsTyped(String text, Concern concern) {
        Screening screening = screener.screen(text);
        assertThat(screening.flagged()).as(text).isTrue();
        assertThat(screening.concerns()).as(text).contains(concern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm worried about school", "The meeting was long but my worker listened to me",
            "I felt hurt that nobody called me back", "the kids are driving me mad this week",
            "I'd die for my children", "we missed the bus and got home late", "I ran out of time to fill in the form",
            "the meeting killed me with boredom lol", "I killed myself laughing at the cat", "Thank you for the help with housing",
            "My worker is always late and never answers the phone", "", "   ", "😀👍", "مرحبا، الاجتماع كان جيدا"})
    void leavesOrdinaryWorriesAlone(String text) {
        assertThat(screener.screen(text).flagged()).as(text).isFalse();
    }

    @Test
    void selfHarmAndImmediateDangerAreUrgentOtherSignsAreNot() {
        assertThat(screener.screen("i want to die").urgent()).isTrue();
        assertThat(screener.screen("he has a knife and says he will hurt us").urgent()).isTrue();
        assertThat(screener.screen("i am scared of my stepdad right now").urgent()).isTrue();
        assertThat(screener.screen("my dad hit me last year").urgent()).isFalse();
    }

    @Test
    void normalisesTheWayPeopleType() {
        assertThat(DisclosureScreener.normalise("Im sooooo SCARD!!! of him")).isEqualTo(" i am soo scared of him ");
        assertThat(DisclosureScreener.normalise("dont u c")).isEqualTo(" do not you c ");
        assertThat(DisclosureScreener.oneEditApart("hurst", "hurts")).isTrue();
        assertThat(DisclosureScreener.oneEditApart("sucidal", "suicidal")).isTrue();
        assertThat(DisclosureScreener.oneEditApart("school", "scared")).isFalse();
    }

    @Test
    void aNullTextHasNoSigns() {
        assertThat(screener.screen(null)).isEqualTo(Screening.NOTHING);
    }
}
