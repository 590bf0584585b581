package org.familyvoice.meetings.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An action typed like a heading reads as part of "… will … by …" without losing anyone's capitals. */
class PlanWordsTest {

    @Test
    void aLeadingVerbIsReadMidSentence() {
        assertThat(PlanWords.midSentence("Book the school taxi for Mondays")).isEqualTo("book the school taxi for Mondays");
        assertThat(PlanWords.midSentence("Send")).isEqualTo("send");
    }

    @Test
    void namesAbbreviationsAndOddTextKeepTheirCapitals() {
        assertThat(PlanWords.midSentence("Kai's school to send the IEP")).isEqualTo("Kai's school to send the IEP");
        assertThat(PlanWords.midSentence("IEP review with Ms Patel")).isEqualTo("IEP review with Ms Patel");
        assertThat(PlanWords.midSentence("I will ring on Monday")).isEqualTo("I will ring on Monday");
        assertThat(PlanWords.midSentence("already lower case")).isEqualTo("already lower case");
        assertThat(PlanWords.midSentence("x")).isEqualTo("x");
        assertThat(PlanWords.midSentence("")).isEmpty();
        assertThat(PlanWords.midSentence("📞 Ring the school")).isEqualTo("📞 Ring the school");
    }
}
