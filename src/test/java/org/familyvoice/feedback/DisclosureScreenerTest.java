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

    /**
     * Veiled wordings written for these tests (not taken from the labelled sets) to check the rules catch a
     * disclosure by what it means rather than by a memorised phrase.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nobody would even notice if i wasnt around anymore                     | SELF_HARM
            sometimes i wish i could just disappear and not come back               | SELF_HARM
            my daughter says she'd rather be dead than go back to that school       | SELF_HARM
            i keep a stash of paracetamol in my drawer just in case                 | SELF_HARM
            he's been looking up how many pills it would take                       | SELF_HARM
            theres nothing to live for tbh                                          | SELF_HARM
            i cant do this anymore i really cant                                    | SELF_HARM
            my son has stopped eating and spends ages in the bathroom after meals   | SELF_HARM
            everyone would be happier if i was gone                                 | SELF_HARM
            my stepmum smacked me round the face for answering back                 | VIOLENCE
            he laid into my mum again last night while we were upstairs             | VIOLENCE
            i wear a hoodie so no one sees the bruises on my arms                   | VIOLENCE
            she told the nurse he fell off the sofa but that isnt what happened     | VIOLENCE
            if i dont do what he says i get the belt                                | VIOLENCE
            my mums boyfriend rubs my back in bed and tells me not to tell          | SEXUAL_HARM
            the man next door keeps touching my legs when mum isnt looking          | SEXUAL_HARM
            my stepbrother creeps into my room at night when everyones asleep       | SEXUAL_HARM
            she said shes going to share my pics with the whole school unless i pay | SEXUAL_HARM
            her tutor texts her at night saying how gorgeous she is                 | SEXUAL_HARM
            he comes in when im getting changed and just stands there               | SEXUAL_HARM
            my 14 year old took off on friday and we havent seen her since          | MISSING
            been kipping in a car park for a week                                   | MISSING
            my dad chucked me out and said dont come back                           | MISSING
            she rolls in at 4am most nights and wont say where she was              | MISSING
            the police found him two towns away yesterday                           | MISSING
            next time they try to move me im doing a runner                         | MISSING
            i get a knot in my stomach when i hear his car pull up                  | UNSAFE
            im terrified of my brother when hes had a drink                         | UNSAFE
            my ex messaged saying hed make sure i never see the kids again          | UNSAFE
            dont tell my stepdad i said anything or ill be in trouble               | UNSAFE
            we all walk on eggshells around him                                     | UNSAFE
            my partner checks my phone and decides who i can see                    | UNSAFE
            a lad gave me a new phone and now i have to mind a bag for his mates    | EXPLOITATION
            my son keeps getting picked up by cars at night by men i dont know      | EXPLOITATION
            he comes home with loads of cash and new clothes and wont say where from | EXPLOITATION
            some guy on tiktok wants to meet me and says hell buy me stuff          | EXPLOITATION
            we havent had gas for three weeks and the kids are freezing             | NEGLECT
            the fridge is empty again and mum has gone out                          | NEGLECT
            dad is always off his face and forgets to pick us up                    | NEGLECT
            i have to get my little sister ready for school every morning cuz mum wont get up | NEGLECT
            no one has taken me to the doctor about my ear                          | NEGLECT
            some days i cant get out of bed and the kids end up missing school      | NEGLECT
            i feel like everyone would be fine without me                           | SELF_HARM
            i wont be around much longer so it doesnt matter                        | SELF_HARM
            he gets nasty when he drinks and last time he broke my mums nose        | VIOLENCE
            my teenager was brought home by the police at 3am                       | MISSING
            dad keeps the bedroom door locked and wont let me out                   | UNSAFE
            my stepdad showers with me and says its normal                          | SEXUAL_HARM
            these boys pay me to take things to people                              | EXPLOITATION
            im scared to go back to my dads                                         | UNSAFE
            """)
    void findsVeiledDisclosures(String text, Concern concern) {
        Screening screening = screener.screen(text);
        assertThat(screening.flagged()).as(text).isTrue();
        assertThat(screening.concerns()).as(text + " " + screening.signs()).contains(concern);
    }

    /**
     * Round 4 probes, written before the fourth round of tuning and before reading development-set-5's misses. On
     * their first run the screener found the right concern in 5 of these 23 (7 flagged at all) and left 15 of the
     * 24 ordinary sentences below alone; see docs/safeguarding-screener.md. Feeling unsafe and exploitation told
     * indirectly were the weakest.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            when he's in one of his moods we all just stay in our rooms and keep quiet                          | UNSAFE
            my mum's new boyfriend stands really close to me and I hate being in the house with him             | UNSAFE
            i sleep with my shoes on in case i have to get out quick                                            | UNSAFE
            she reads all my texts and goes mental if I talk to my friends                                      | UNSAFE
            I stay late at school every day so I don't have to be home when he's there                          | UNSAFE
            I'm frightened to tell anyone what goes on in our house                                             | UNSAFE
            my son has started getting trains to other towns on school days and won't say why                   | EXPLOITATION
            these older lads let me chill at their flat and give me free stuff but now they want something back | EXPLOITATION
            she has a phone we never bought her and it rings all night                                          | EXPLOITATION
            he says if I don't do one more job for them they'll hurt my little brother                          | EXPLOITATION
            my cousin's mates keep asking me to do favours and now they say I have to pay them back             | EXPLOITATION
            my swimming coach gives me lifts home and says I'm his favourite and not to tell my mum             | SEXUAL_HARM
            someone I met on a game keeps asking me to turn my camera on when I'm in bed                        | SEXUAL_HARM
            i've started giving my things away to my friends because I won't need them                          | SELF_HARM
            I found letters she'd written to each of us saying sorry and goodbye                                | SELF_HARM
            I've been scratching my arms with a compass at night                                                | SELF_HARM
            dad throws me against the wall when I get things wrong                                              | VIOLENCE
            I've got marks on my neck from where she squeezed it                                                | VIOLENCE
            my daughter sleeps at different people's houses and I don't know where she is half the time         | MISSING
            he hasn't been back since the row on tuesday and his phone goes straight to voicemail               | MISSING
            we've been living off crisps from the corner shop because mum's never in                            | NEGLECT
            the school gives me breakfast because there's nothing at home                                       | NEGLECT
            the baby's been in the same nappy all day because we ran out                                        | NEGLECT
            """)
    void findsRoundFourProbeDisclosures(String text, Concern concern) {
        Screening screening = screener.screen(text);
        assertThat(screening.concerns()).as(text + " " + screening.signs()).contains(concern);
    }

    /**
     * Round 4 ordinary probes: strong words used in ordinary ways (a film plot, a surprise party, sport, a storm,
     * an outing), written with the disclosures above; the last eleven were written after tuning, to check the
     * new rules had not become too broad.
     */
    @ParameterizedTest
    @ValueSource(strings = {"the film was about a girl who goes missing and her family searching for her",
            "we're planning a surprise party for mum so don't tell her",
            "I got hit in the face by a netball at PE and it bled a bit",
            "our team got absolutely battered 5-0 on saturday",
            "my brother keeps stealing my chargers, I'm going to kill him",
            "I was so scared watching the horror film I slept with the light on",
            "dad was gutted when his team lost, he sulked all night",
            "I'm starving, can we have lunch early",
            "I ran away from the bee in the garden",
            "mum took my phone away because I was on it at 2am",
            "my sister borrowed my clothes without asking again",
            "we had no electric for an hour because of the storm",
            "the coach said I played brilliantly and bought the whole team pizza",
            "my teacher said my picture will go on the wall for everyone to see",
            "I carry my little brother's bag to school for him because it's heavy",
            "I wish the holidays would never end",
            "I was dead tired after the sleepover",
            "grandad fell asleep on the sofa after christmas dinner",
            "we stayed out late for the fireworks and got home at midnight",
            "he's gone to uni and we haven't seen him since september, we miss him",
            "my friend's older brother gave us a lift to the cinema",
            "mum gets stressed when the bills come but she always sorts it out",
            "I hid the presents in my wardrobe so my sister wouldn't find them",
            "my dad's football team got hammered and he shouted at the telly",
            "I hate being stuck in the house with her when she has a cold",
            "bring a jumper in case we have to get out of the car",
            "the lads go to the park all hours in summer",
            "my daughter has nits in her hair again",
            "I gave my old bike away because I won't need it now I drive",
            "the kids have been in the same clothes all day because of the muddy walk",
            "he says he has to do one more job before he comes home",
            "we have to fend for ourselves at lunch because the canteen closed",
            "we left the kids with nan and went out for dinner",
            "I wrote letters to my pen pal and said goodbye at the end",
            "my son took the train to another city for a football match with his dad"})
    void leavesRoundFourOrdinaryProbesAlone(String text) {
        assertThat(screener.screen(text).signs()).as(text).isEmpty();
    }

    /** Everyday wordings that share words with disclosures, written for these tests. */
    @ParameterizedTest
    @ValueSource(strings = {"this meeting is killing me", "I'm dying to see my nan", "worried sick about my exams",
            "she touched on it briefly in the last review", "ran out of time to finish the form", "we ran out of milk so had toast",
            "my son ran off with the tv remote again lol", "I'm tired of the meetings being cancelled",
            "there's no point in coming to these meetings anymore, nothing changes", "mum is gonna kill me when she sees my hair 😂",
            "I'll kill him if he eats my chips again", "I want to know why my nan died", "I hit the gym three times a week now",
            "he beat me at fifa again", "my brother kicked the ball at me in the garden, we were playing football",
            "the heating was off at school today so we wore coats in class", "the social worker has been off sick for weeks",
            "my dad took me to the dentist last week", "I was scared of the dog next door but now I like it",
            "I'm nervous about my mum's operation", "my nan cuddles me when I'm sad", "we stayed up till midnight on new year",
            "the fire alarm went off twice this week", "can we move the meeting because we're away for a few days",
            "I keep my stuff in my room and my brother isn't allowed in", "I got new trainers from my dad for my birthday",
            "mum always makes my little brother's breakfast before school", "I want to disappear when the teacher reads my work out",
            "my daughter lost weight on purpose for her boxing weigh-in with the coach helping", "I hate maths so much",
            "she gave me a hug when I cried", "police came to school to talk about online safety",
            "he's a really nice coach and says I'm a fast runner",
            "i'm so done with this school", "mum grounded me for a week", "i stayed at my nans for the weekend",
            "the heating broke but it was fixed the same day", "i could sleep for a week after that trip",
            "my coach is tough on us but fair", "my dad broke my phone screen by sitting on it lol"})
    void leavesTrickyOrdinaryTextAlone(String text) {
        assertThat(screener.screen(text).signs()).as(text).isEmpty();
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
