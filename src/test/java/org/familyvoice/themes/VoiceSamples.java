package org.familyvoice.themes;

import java.util.List;
import java.util.SplittableRandom;

/** For tests: sentences families write, between them touching most themes and every sentiment. */
final class VoiceSamples {

    static final List<String> SENTENCES = List.of(
            "Nobody told us what was happening before the meeting.",
            "Nobody told us anything.",
            "We were kept in the dark about the changes.",
            "Our social worker changed three times this year and we had to tell our story again.",
            "She really listened to my son and took his views seriously.",
            "The letters are full of jargon and hard to understand.",
            "I waited six weeks for a call back, nothing happened.",
            "The meeting was at 9am when I have to take the kids to school.",
            "They helped us with the housing and the food bank vouchers.",
            "I felt judged and talked down to in front of everyone.",
            "Contact with their dad keeps being cancelled.",
            "I don't know what the plan is or what happens next.",
            "My complaint was never answered.",
            "The interpreter did not turn up so I could not follow.",
            "The case closed without anyone saying goodbye.",
            "She is lovely and always rings back when she says she will.",
            "Priya Shah never rang me back on 07700 900123 and nobody told us anything.",
            "The weather was fine.",
            "Nobody told us anything and the social worker kept changing.",
            "The social worker kept changing and nobody told us anything.",
            "The health visitor and the GP finally talked to each other.",
            "I asked for a carer's assessment months ago and I am not coping.",
            "Nobody asked me what I want, they talked about me like I wasn't in the room.",
            "The review was rushed and the report had the wrong name in it.",
            "Early help found my daughter a mentor at school and it made a difference.",
            "We could not get through to anyone on the duty line.",
            "It was better this time, we felt heard and the plan is clear.",
            "They keep moving the goalposts and I don't know what they want from me.");

    private VoiceSamples() {
    }

    /** One to three sentences, sometimes with a day of the week, so themes and terms vary from text to text. */
    static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            text.append(i == 0 ? "" : " ").append(SENTENCES.get(random.nextInt(SENTENCES.size())));
        }
        if (random.nextInt(4) == 0) {
            text.append(" It was on a ").append(List.of("Monday", "Tuesday", "Friday").get(random.nextInt(3))).append('.');
        }
        return text.toString();
    }
}
