package org.familyvoice.themes;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each redaction rule, and the everyday text each must leave alone. */
class RedactorTest {

    private final Redactor redactor = new Redactor();
    private static final List<String> KNOWN = List.of("Priya Shah", "Tom O'Neill", "Anne-Marie Kowalski", "Zoë Hart",
            "J Bloggs", "Will Young");

    private String redact(String text) {
        return redactor.redact(text, KNOWN);
    }

    @Nested
    class Names {

        @Test
        void fullNameBecomesOneMarker() {
            assertThat(redact("Priya Shah came to the meeting")).isEqualTo("[name] came to the meeting");
        }

        @Test
        void firstNameAndSurnameAloneAreRedacted() {
            assertThat(redact("Priya was kind, Mrs Shah less so")).isEqualTo("[name] was kind, Mrs [name] less so");
        }

        @Test
        void caseDoesNotMatterAndPossessiveKeepsItsEnding() {
            assertThat(redact("priya's manager and PRIYA SHAH’s team")).isEqualTo("[name]'s manager and [name]’s team");
        }

        @Test
        void wordsThatMerelyContainANameStay() {
            assertThat(redact("Shahid and Priyanka helped")).isEqualTo("Shahid and Priyanka helped");
        }

        @Test
        void apostropheHyphenAndAccentNamesWork() {
            assertThat(redact("Tom O'Neill, O’Neill and ONeill")).isEqualTo("[name], [name] and [name]");
            assertThat(redact("Anne-Marie and Anne Marie and Marie")).isEqualTo("[name] and [name] and [name]");
            assertThat(redact("Zoë, Zoe and Zoe\u0308 called")).isEqualTo("[name], [name] and [name] called");
        }

        @Test
        void aFamilysPluralIsRedactedWhole() {
            assertThat(redact("the Shahs and the O'Neills")).isEqualTo("the [name] and the [name]");
            assertThat(redact("the Wills were read")).isEqualTo("the [name] were read");
            assertThat(redact("she wills it")).isEqualTo("she wills it");
        }

        @Test
        void namesShorterThanTwoLettersAreIgnored() {
            assertThat(redact("J said Bloggs would call, a J-cloth")).isEqualTo("J said [name] would call, a J-cloth");
            assertThat(redactor.redact("I and X went", List.of("X", "I"))).isEqualTo("I and X went");
        }

        @Test
        void everydayWordNamesOnlyWhenCapitalised() {
            assertThat(redact("I will ask, Will said")).isEqualTo("I will ask, [name] said");
            assertThat(redact("will young came")).isEqualTo("[name] came");
        }

        @Test
        void aNameThatIsAnEverydayLittleWordBlanksOnlyItsCapitalisedUse() {
            // other participants are typed freely on a meeting: "On", "me" or "The" must not blank those words in
            // every quote shown to other teams
            List<String> typedOddly = List.of("on", "Me", "THE", "It", "So Ng", "Priya Shah");
            assertThat(redactor.redact("I rely on them, they rely on me, so it is the plan. Priya said so.",
                    typedOddly)).isEqualTo("I rely on them, they rely on me, so it is the plan. [name] said so.");
            assertThat(redactor.redact("Ask Ng and So Ng", typedOddly)).isEqualTo("Ask [name] and [name]");
        }

        @Test
        void nonLatinNamesAreMatchedAsWords() {
            List<String> names = List.of("Аня Петрова", "محمد علي");
            assertThat(redactor.redact("Аня помогла. شكرا محمد!", names)).isEqualTo("[name] помогла. شكرا [name]!");
        }

        @Test
        void eachCallUsesItsOwnListOfPeople() {
            assertThat(redactor.redact("Priya and Kai", List.of("Priya Shah"))).isEqualTo("[name] and Kai");
            assertThat(redactor.redact("Priya and Kai", List.of("Kai Harper"))).isEqualTo("Priya and [name]");
        }

        @Test
        void thousandsOfKnownPeopleStillFindTheOneInTheText() {
            List<String> many = new java.util.ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                many.add("Person" + i + " Surname" + i);
            }
            many.add("Priya Shah");
            assertThat(redactor.redact("Person12 met Surname2999 and Priya; Person30000 is nobody", many))
                    .isEqualTo("[name] met [name] and [name]; Person30000 is nobody");
        }

        @Test
        void noKnownNamesChangesNothing() {
            assertThat(redactor.redact("Priya Shah", List.of())).isEqualTo("Priya Shah");
        }
    }

    @Nested
    class PhoneNumbers {

        @ParameterizedTest
        @ValueSource(strings = {"07700 900123", "+44 7700 900123", "(0113) 496 0000", "0113-496-0000", "01134960000",
                "+44 (0)7700 900123", "0161 496 0123", "020 7946 0018", "+48 501 234 567", "07700900123"})
        void commonFormsAreRedacted(String number) {
            assertThat(redact("ring me on " + number + " after 5")).isEqualTo("ring me on [phone number] after 5");
        }

        @Test
        void numbersBackToBackAndExtensionsAreRedactedWhole() {
            assertThat(redact("07700 900123 07700 900124")).isEqualTo("[phone number] [phone number]");
            assertThat(redact("07700 900123/07700 900124")).isEqualTo("[phone number]/[phone number]");
            assertThat(redact("0113 496 0000 ext 123 or 07700-900-123")).isEqualTo("[phone number] or [phone number]");
        }

        @ParameterizedTest
        @ValueSource(strings = {"between 10.30-11.45", "on 12/03/2024 at 10:30", "on 01.02.2024", "on 01-02-2024", "it cost £1,200.50",
                "ref FV-2346-78", "ref FV-ABCD-23", "for 3 weeks", "since 2024", "in 2023-2024", "case 12345678",
                "call 999", "between 9-5", "Childline 0800 1111"})
        void datesTimesMoneyCodesAndShortNumbersStay(String text) {
            assertThat(redact(text)).isEqualTo(text);
        }
    }

    @Nested
    class EmailsAndPostcodes {

        @Test
        void emailAddressesAreRedacted() {
            assertThat(redact("write to priya.shah+fv@example.co.uk.")).isEqualTo("write to [e-mail address].");
            assertThat(redact("mum_2@mail.com or J.Bloggs@Council.gov.uk"))
                    .isEqualTo("[e-mail address] or [e-mail address]");
        }

        @Test
        void atSignsThatAreNotAddressesStay() {
            assertThat(redact("meet @ 3pm, @priya on the chat")).isEqualTo("meet @ 3pm, @[name] on the chat");
        }

        @ParameterizedTest
        @ValueSource(strings = {"SW1A 1AA", "m1 1ae", "LS6 2QJ", "LS62QJ", "EC1A 1BB", "W1A 0AX", "B33 8TH", "CR2 6XH",
                "DN55 1PT", "GIR 0AA"})
        void postcodesAreRedacted(String postcode) {
            assertThat(redact("we moved to " + postcode + " last year")).isEqualTo("we moved to [postcode] last year");
        }

        @ParameterizedTest
        @ValueSource(strings = {"at 6 2pm", "the M62 5pm", "Year 7 1st", "covid19 jab", "QA1 1AA", "SW1A 1CA", "A1",
                "Flat 3"})
        void thingsShapedAlmostLikePostcodesStay(String text) {
            assertThat(redact(text)).isEqualTo(text);
        }
    }

    @Nested
    class Addresses {

        @Test
        void houseNumberAndStreetBecomeOneMarker() {
            assertThat(redact("I live at 14 Acacia Road")).isEqualTo("I live at [address]");
            assertThat(redact("Flat 3, 12a High St. Then")).isEqualTo("[address]. Then");
            assertThat(redact("at 7 St Mary's Close, Leeds LS6 2QJ")).isEqualTo("at [address], Leeds [postcode]");
            assertThat(redact("moved to 22 acacia road")).isEqualTo("moved to [address]");
            assertThat(redact("flat 3, 12 mill lane")).isEqualTo("[address]");
            assertThat(redact("12-14 High Street")).isEqualTo("[address]");
        }

        @Test
        void aNameInsideAnAddressIsPartOfTheAddress() {
            assertThat(redact("at 9 Shah Gardens")).isEqualTo("at [address]");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Year 7", "3 days", "Room 2", "Year 7 Park View class", "after 3 Family Court hearings",
                "2 kids crossing the road", "a 5 minute walk", "10 min drive", "3 in a row", "3 square meals",
                "it took 3 weeks down the road", "we waited 2 hours in the park", "2 doors down the road",
                "there were 2 big road closures", "at 10:30 Park Road"})
        void numbersBeforeOrdinaryWordsStay(String text) {
            assertThat(redact(text)).isEqualTo(text);
        }
    }

    @Test
    void everythingElseStaysExactlyAsWritten() {
        String text = "<b>Priya</b> 😊 helped! مرحبا ‏שלום‎ & \"quotes\"\n\tnew line";
        assertThat(redact(text)).isEqualTo("<b>[name]</b> 😊 helped! مرحبا ‏שלום‎ & \"quotes\"\n\tnew line");
    }

    @Test
    void severalKindsInOneText() {
        assertThat(redact("Priya (07700 900123, priya@example.com) visited 14 Acacia Road, LS6 2QJ"))
                .isEqualTo("[name] ([phone number], [e-mail address]) visited [address], [postcode]");
    }
}
