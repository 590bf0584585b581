package org.familyvoice.themes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Emerging terms shown in the words people wrote, and long quotes cut around them. */
class TermLabelsTest {

    private final TermLabels labels = new TermLabels();

    @Test
    void aTermIsShownAsTheWordsItWasMadeFrom() {
        assertThat(labels.surface("famili hub", "Since it moved to the new Family Hub, nothing works")).isEqualTo("family hub");
        assertThat(labels.surface("park", "Parking there is a nightmare")).isEqualTo("parking");
        assertThat(labels.surface("cost travel", "The cost of the travel adds up")).isEqualTo("cost of the travel");
        assertThat(labels.surface("famili hub", "my family’s hub")).isEqualTo("family’s hub");
    }

    @Test
    void aTermNotInTheTextHasNoLabel() {
        assertThat(labels.surface("priya", "[name] said she would ring")).isNull();
        assertThat(labels.surface("famili hub", "the family were at the hub")).as("not neighbours").isNull();
        assertThat(labels.surface("hub", "")).isNull();
    }

    @Test
    void aLongQuoteIsCutAroundTheWordsBetweenWords() {
        String text = "word ".repeat(100) + "the family hub is far " + "more ".repeat(100);
        String cut = TermLabels.excerpt(text, "family hub", 120);
        assertThat(cut).startsWith("…").endsWith("…").contains("the family hub is far");
        assertThat(cut.length()).isLessThanOrEqualTo(122);
        assertThat(cut.substring(1, cut.length() - 1)).doesNotStartWith(" ").matches("(?s)\\S.*\\S");
        assertThat(TermLabels.excerpt("short", "short", 120)).isEqualTo("short");
        assertThat(TermLabels.excerpt("family hub " + "x ".repeat(200), "family hub", 50)).startsWith("family hub")
                .endsWith("…");
    }
}
