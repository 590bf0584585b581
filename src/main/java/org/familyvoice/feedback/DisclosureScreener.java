package org.familyvoice.feedback;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screens free text for signs of a possible disclosure of harm or risk: violence or abuse at home, sexual
 * harm, self-harm or suicidal thoughts, going missing, feeling unsafe, exploitation and neglect.
 *
 * <p>It is deliberately cautious: missing a real disclosure is far worse than a false alarm, so any sign is
 * enough and a person decides. The text is first normalised the way people actually type (case, punctuation,
 * stretched letters, digits for letters, text-speak, common misspellings), then matched against phrase
 * patterns written over the normalised words. How well it does on a labelled set is in
 * {@code docs/safeguarding-screener.md}.
 */
@Component
public class DisclosureScreener {

    /** Up to three words in between, e.g. "hits me" and "hits me and my sister" or "hit my little sister". */
    private static final String GAP = "(?:\\S+ ){0,3}";
    private static final String FAMILY = "(?:mum|dad|stepdad|stepmum|mums? boyfriend|dads? girlfriend|partner|boyfriend"
            + "|girlfriend|husband|wife|ex|brother|sister|uncle|aunt|nan|grandad|grandma|grandpa|carer|foster carer"
            + "|foster dad|foster mum|step dad|step mum|he|she|they|him|her|them)";
    private static final String PEOPLE = "(?:me|us|my " + GAP + "(?:mum|dad|sister|brother|nan|kids?|children|son"
            + "|daughter|baby|sibling|siblings|little one|partner)|her|him|them|mum|dad|nan)";

    private static final List<Rule> RULES = List.of(
            // self-harm and suicidal thoughts (always urgent)
            rule(Concern.SELF_HARM, true, "kill(?:ing|ed)? my ?self", "end(?:ing)? (?:it all|my life|my own life|things)",
                    "(?:thinking|thought|think) (?:\\S+ ){0,2}(?:ending it|about ending|of ending)",
                    "(?:going to|gonna|will|just|i will|want to) (?:\\S+ )?end it", "looked up how",
                    "(?:want|wants|wanted|wanting|going|wish|wishes|wished) (?:\\S+ ){0,2}to die", "(?:want|wanna) (?:to )?be dead",
                    "wish(?:es|ed)? (?:i|id|he|she|they) (?:was|were|would) (?:dead|never born|not here|not alive|gone)",
                    "wish(?:es|ed)? (?:i|he|she) (?:was|were) not (?:here|alive|born)", "(?:do not|not) want to (?:be alive|live|be here|exist|wake up)",
                    "better off (?:dead|without me)", "no (?:point|reason) (?:in )?(?:living|being alive|going on|being here|anything)",
                    "(?:not|no) (?:see|seeing) (?:the |any )?point (?:in|of) (?:anything|living|life|being alive)",
                    "suicid\\w*", "self ?harm\\w*", "overdos\\w*", "goodbye (?:letter|note)", "rope",
                    "(?:cut|cuts|cutting|hurt|hurts|hurting|harm|harming|burn|burns|burning|scratch|scratches|scratching) (?:\\S+ )?(?:my ?self|him ?self|her ?self|(?:my|his|her|their) (?:arms?|legs?|wrists?|skin))",
                    "cuts on (?:my|his|her|their) (?:arms?|legs?|wrists?|body|tummy)",
                    "(?:take|took|taking|swallow|swallowed) (?:\\S+ ){0,5}(?:pills|tablets|paracetamol)",
                    "(?:pack|packet|box|handful|bottle) of (?:pills|tablets|paracetamol)",
                    "hang(?:ing)? my ?self", "jump(?:ing)? (?:off|in front)", "(?:can not|cannot) go on", "end it (?:tonight|now|soon)",
                    "disappear (?:for ever|forever)", "not be here (?:anymore|any more)", "(?:bang|banging|bangs|hit|hitting) my (?:head|self)",
                    "make my ?self sick", "(?:stopped|stop) eating", "hate my ?self", "(?:all )?to stop (?:for good|forever|for ever)",
                    "never wake up", "(?:razor|razors|blade|blades|sharpener)", "plasters (?:\\S+ ){0,2}(?:arms?|legs?|wrists?)",
                    "goodbye (?:letters?|notes?|messages?)", "(?:on|off|from) the bridge", "just let go", "try again"),
            // violence and abuse at home
            rule(Concern.VIOLENCE, false,
                    "(?:hits?|hitting|punch\\w*|kick(?:s|ed|ing)?|slap\\w*|beat(?:s|ing|en)?|batter\\w*|chok\\w*|strangl\\w*"
                            + "|smack(?:s|ed|ing)?|shov\\w*|push(?:es|ed|ing)?|grab(?:s|bed|bing)?|drag(?:s|ged|ging)?|bit|bites"
                            + "|headbutt\\w*|burnt|whack\\w*|thump\\w*|belt(?:s|ed)?|throttl\\w*) " + PEOPLE,
                    "(?:throws?|threw|throwing) (?:\\S+ ){0,3}at " + PEOPLE,
                    FAMILY + " " + GAP + "(?:hurt|hurts|hurting|attacked|attacks|beats|beat up|beats up) (?:me|us|my|her|him)",
                    "(?:pull|pulls|pulled|pulling) (?:my|her|his) hair", "by the (?:throat|neck|hair)", "down the stairs",
                    "(?:bruise|bruises|bruised|bruising|black eye|marks on my)", "domestic (?:abuse|violence)",
                    "abus(?:e|es|ed|ing|ive)", "(?:violent|violence)", "beat (?:me|us|her|him) up", "hurt (?:me|us) (?:bad|badly|again)",
                    "(?:throws|threw|throwing|smashes|smashed|smashing|breaks|broke) (?:\\S+ )?(?:stuff|things|plates|chairs|furniture)",
                    "bleed\\w*", "blood", "(?:go|went|had to go|taken) (?:to )?(?:the )?hospital",
                    "so (?:nobody|no one|noone|people do not|teachers do not) (?:\\S+ )?(?:sees|see|can see|notices|notice|asks)",
                    "long sleeves", "what (?:\\S+ ){0,3}did to (?:me|her|him|us|my)", "kick\\w* (?:\\S+ ){0,3}door",
                    "police (?:were called|(?:came|come) (?:round|to the house|to ours|to our|out|again|but|and|last night))", "(?:called|rang|phoned|ring|call) (?:the )?(?:police|999)"),
            // sexual harm
            rule(Concern.SEXUAL_HARM, false,
                    "touch(?:es|ed|ing)? (?:me|my (?:body|private|bum|chest|boobs|legs?)|her|him)", "private (?:parts|bits|places|area)",
                    "down there", "sex\\w*", "rap(?:e|ed|es|ing)", "molest\\w*", "nudes?", "naked", "no clothes",
                    "(?:send|sent|sending|sends|ask|asks|asked|asking|wants|wanted) (?:me )?(?:for )?(?:\\S+ ){0,2}(?:pictures|pics|photos|videos|selfies) (?:of|from) (?:me|my)",
                    "rude (?:pictures|pics|photos|videos|messages|things)", "adult (?:videos|films|pictures)",
                    "(?:made|makes|make|forced|forces) (?:me|her|him|us) (?:\\S+ ){0,2}(?:touch|watch|do (?:things|stuff|it)|kiss|undress|take (?:my|off))",
                    "(?:porn|porno)", "(?:comes|came|coming|gets|got|get|getting) (?:\\S+ ){0,2}(?:into|in) (?:my|her|his) (?:bed|room at night)",
                    "(?:comes|came|coming|walks|walked) (?:\\S+ ){0,2}into the (?:bathroom|shower)", "(?:our|a) (?:little )?secret",
                    "(?:undress|undressed|undressing)", "(?:webcam|camera) (?:\\S+ ){0,2}(?:clothes|undress|naked|pants|underwear)",
                    "(?:in|without) (?:my|her|his) (?:pants|underwear|knickers|bra)", "(?:tries|tried|trying|try) to kiss (?:me|her|him)",
                    "hands? (?:up|down|inside|in) (?:my|her|his) (?:top|shirt|skirt|trousers|pants|knickers)", "hands? go where",
                    "grab\\w* (?:my|her) (?:bum|chest|boobs|breasts|crotch)", "mature for (?:my|her|his|your) age",
                    "(?:keep|keeps|kept) (?:\\S+ ){0,2}(?:chats?|messages|it|this) (?:a )?secret",
                    "(?:do not|not to|never|wont|will not) (?:\\S+ )?tell (?:anyone|her|him|your mum|your dad|mum|dad|nobody|no one|your parents)",
                    "(?:pic|pics|picture|pictures|photo|photos|video|videos) (?:\\S+ ){0,8}(?:gone round|going round|shared|sent round|posted|everyone)",
                    "(?:put|post|share|send|sends) (?:the |my |your |that )?(?:video|pics?|photos?|pictures?) (?:on|to|online|round)",
                    "do what (?:he|she|they) (?:wants?|says|tells)", "(?:on|in) (?:his|her) lap", "under the (?:blanket|covers|duvet)",
                    "what (?:i am|im) wearing"),
            // going missing, thrown out
            rule(Concern.MISSING, false,
                    "(?:run|ran|running|runs) (?:\\S+ )?(?:away|off from home|off again)", "(?:went|go|gone|going|goes|been) missing",
                    "missing (?:from home|for|again|overnight)", "(?:did not|never|does not|not|has not|have not) (?:\\S+ )?(?:come|came|been) (?:back )?home",
                    "(?:stay|stayed|staying|sleep|slept|sleeping) (?:out|rough|on the streets?|in a park|at (?:a|some) (?:strangers|mans|guys|random))",
                    "(?:slept|sleeping|sleep|stayed) (?:at|in) (?:the |a )?(?:bus station|station|park|car|street|stairwell|garage)",
                    "(?:kicked|thrown|threw|chucked|put) (?:\\S+ ){0,2}out (?:of the house|of home|on the street)?",
                    "(?:nowhere|no where|no place) (?:\\S+ )?to (?:go|stay|sleep|live)", "(?:police|cops) (?:brought|found|picked) (?:me|him|her|them)",
                    "(?:not|never) (?:coming|going|come|go) back", "get out and never", "somewhere else to live", "(?:bag|bags) (?:are |is )?(?:packed|outside)",
                    "sofa surfing", "climbed out (?:of )?(?:my|her|his|the) window", "(?:will not|wont|never) find me",
                    "(?:goes|going|went|go) (?:off|out) (?:at night|all night|in the night)", "(?:did not|didnt) find (?:her|him|them)",
                    "reported (?:\\S+ ){0,2}(?:missing|to the police)", "phone (?:is|was) (?:off|switched off)", "be gone by",
                    "picked up in (?:another|a different) (?:city|town)", "(?:walked|walks|ran) out of (?:school|home|the house)",
                    "(?:i will|ill|going to|gonna) (?:just )?leave", "out all night",
                    "(?:idea|know|clue|knows) where (?:he|she|they) (?:is|are|goes|go|has gone|have gone|sleeps|stays)",
                    "(?:will not|does not|did not|never) (?:tell me|say) where (?:\\S+ ){0,2}(?:been|slept|sleeps|goes|go|stayed|stays)",
                    "chang\\w* the locks", "not going (?:back )?home", "gone (?:\\S+ )?(?:nights?|days?)",
                    "(?:coming|came|comes|getting|got|gets) (?:back|home|in) (?:at )?(?:\\d+|two|three|four|five|six) (?:in the morning|am)"),
            // feeling unsafe, threats
            rule(Concern.UNSAFE, false,
                    "(?:not|never|do not|dont) (?:\\S+ )?(?:feel )?safe", "unsafe",
                    "(?:scared|afraid|frightened|terrified|petrified|fear) (?:of|to|for|at|in) (?:going home|go home|be at home|home|my life|"
                            + "(?:my |his |her |our |mums? |dads? )?" + FAMILY
                            + "|my (?:mum|dads?|mums?|step\\w*) (?:\\w+ )?(?:boyfriend|partner|girlfriend)|what (?:he|she|they) (?:will|might|would) do|being at home|my house|the house)",
                    "(?:scared|afraid|frightened|terrified) (?:when|whenever|every time) (?:\\S+ ){0,2}(?:comes home|drinks|drunk|gets angry|shouts)",
                    "(?:hide|hiding|hid) (?:\\S+ ){0,3}(?:room|wardrobe|under|cupboard|bathroom|from (?:him|her|them))",
                    "threaten(?:s|ed|ing)? (?:\\S+ ){0,5}(?:kill|hurt|stab|beat|batter|take|burn|me|us|her|him|my)",
                    "(?:going to|gonna|will|would|wil|said (?:he|she|they)(?:d| would| will)?) (?:\\S+ ){0,2}(?:kill|stab|hurt|batter|shoot|beat) (?:me|us|you|her|him|my|the)",
                    "(?:knife|knives|weapon|gun|machete)", "(?:locked|locks|lock) (?:me|us|her|him) (?:in|out)", "locked the door on",
                    "(?:do not|not|never) want to go (?:back )?home", "(?:do not|dont) make me (?:go|stay|live)",
                    "(?:gets|get|getting|got) (?:\\S+ )?(?:angry|drunk|violent|aggressive) (?:\\S+ ){0,4}(?:scared|hide|hiding|shouts|screams|smash\\w*|break\\w*|throws)",
                    "(?:smash\\w*|punch\\w*) (?:\\S+ ){0,2}(?:walls?|doors?|things|windows?)", "(?:controls|controlling|coercive)",
                    "scares (?:me|us|her|him)", "(?:lock|locked) my (?:bedroom )?door", "chair (?:against|under|behind) (?:the|my) door",
                    "follow(?:s|ed|ing)? (?:me|her|him|us)", "(?:watching|watches|watched) (?:the|our|my) (?:house|home|flat)",
                    "(?:waits|waiting|waited|parks|parking|parked) outside (?:the |my |our )?(?:house|school|home|flat)",
                    "coming (?:for|after) (?:me|us|her|him)", "regret it", "do (?:me|you|him|her|us) in", "(?:will|going to|gonna) come (?:to|round|after) (?:my|our|me|us)",
                    "knows (?:which|what) school", "his key in the door", "out of prison",
                    "(?:feel|felt|feeling) sick when", "(?:dare not|darent|daresnt)", "burn (?:\\S+ ){0,3}(?:house|flat|place|us) (?:down|up)",
                    "(?:parks|parking|parked|sits|sitting|waits|waiting|hangs around) outside", "what (?:i am|im) wearing"),
            // exploitation
            rule(Concern.EXPLOITATION, false, "county lines", "groom\\w*", "trap ?house", "trapping",
                    "(?:carry|carrying|carried|deliver|delivering|delivered|drop|dropping|dropped|hold|holding|sell|selling|sold|move|moving) "
                            + "(?:\\S+ ){0,3}(?:packages?|parcels?|bags?|drugs|stuff|weed|things|cash) (?:for|to)",
                    "drop(?:ping|pin|ped)? off (?:\\S+ )?(?:parcels?|packages?|bags?)", "with a (?:package|parcel|bag) (?:and|to)",
                    "(?:sell|selling|sold|deal|dealing) (?:\\S+ ){0,2}(?:drugs|weed|coke|crack|pills)", "dealing for", "sell (?:\\S+ ){0,2}to pay",
                    "older (?:boyfriend|man|men|guy|guys|lads?|boys|people|girls?|friends?)", "(?:owe|owes|owed|debt) (?:\\S+ ){0,3}(?:money|them|him|her|for|to)",
                    "in return", "(?:made|makes|make|forced|forces|told) (?:me|us|her|him) (?:to )?(?:sell|carry|steal|deliver|hold|have sex|do sexual|go to|stand|watch out)",
                    "(?:gives?|gave|giving|given|buys?|bought|get|gets|got) (?:me|us|her|him) (?:\\S+ ){0,3}(?:drugs|weed|vapes?|alcohol|booze|cigarettes|fags)",
                    "(?:gave|give|gives|given) (?:me|him|her) a (?:new )?phone", "(?:two|2|second|extra|cheap|burner) phones?",
                    "(?:met|meet|meeting|chatting|talking|talks|talked) (?:\\S+ ){0,3}(?:online|on snapchat|on snap|on instagram|on insta|on tiktok|on discord|in a game|on a game|from the internet)",
                    "(?:gifts|presents|money|new phone|trainers) (?:\\S+ ){0,3}(?:from|off) (?:a|an|some|this) (?:older )?(?:man|guy|men|boy|lad|person|people)",
                    "(?:send|sends|sending|sent) (?:me|her|him) money", "buys (?:me|her|him) everything", "pays for (?:my|her|his) (?:phone|nails|clothes)",
                    "(?:do|doing|did) (?:the |a )?run", "(?:roll|wad|bundle) of (?:cash|money|notes)", "money (?:\\S+ ){0,2}(?:can not|cannot|will not|wont) explain",
                    "(?:look|watch|looking|watching) ?out for (?:the )?(?:police|feds|cops)", "earn (?:\\S+ ){0,2}(?:a day|quid|pounds)",
                    "boyfriend (?:is|who is|whos) (?:2\\d|3\\d|4\\d|twenty|thirty|much older|older)",
                    "(?:designer|expensive|new) (?:clothes|trainers|stuff|gear) (?:and|with|plus) (?:cash|money)",
                    "hide (?:\\S+ ){0,3}(?:package|parcel|bag|drugs|stuff)", "grown (?:men|man|ups)",
                    "free (?:drink|drinks|alcohol|vapes?|weed|stuff|rides) (?:if|for|as long)", "be nice to (?:them|him|his|her|their)",
                    "work (?:it )?off"),
            // neglect
            rule(Concern.NEGLECT, false, "(?:no|not any|not enough|never any|never enough|hardly any) (?:\\S+ )?food",
                    "(?:nothing|not enough|no) (?:\\S+ )?to eat", "(?:hungry|starving) (?:\\S+ ){0,2}(?:all the time|every day|most days|again|at school|always)",
                    "(?:not|no|have not|has not|havent) (?:had |been )?(?:fed|eaten|eat|a meal|any tea|any dinner|any food|tea|dinner) (?:\\S+ )?(?:for|since|in)",
                    "not eaten properly", "losing weight",
                    "left (?:me|us|them|him|her|the (?:kids|children|baby)) (?:\\S+ ){0,3}(?:alone|on (?:my|our|their|his|her) own|by (?:my|our) ?sel\\w*|for (?:days|hours|the weekend|the night|ages))",
                    "left (?:\\S+ )?on (?:my|our|their|his|her) own", "(?:at )?home on (?:my|his|her|their|our) own (?:when|while|all night|at night|overnight)",
                    "(?:home )?alone (?:all|for) (?:\\S+ )?(?:night|weekend|days|hours)", "on (?:my|our) own (?:all|for) (?:\\S+ )?(?:night|weekend|days)",
                    "no (?:heating|electric|electricity|gas|hot water|beds?|clean clothes)", "(?:do not|dont) have (?:any )?beds?",
                    FAMILY + " (?:is|are|gets|get|was|were) (?:\\S+ )?(?:drunk|high|passed out|off (?:her|his|their) face|wasted|stoned)",
                    "(?:drinks|drinking|drugs|using) (?:\\S+ ){0,2}(?:all the time|every day|every night|all day)",
                    "(?:never|nobody|no one|noone) (?:\\S+ ){0,2}(?:looks after|looked after|feeds|cares for|washes|takes me)",
                    "(?:dirty|filthy|smelly) (?:\\S+ ){0,2}(?:clothes|house|flat|bed)", "(?:clothes|uniform) (?:\\S+ ){0,3}(?:smell|smelly|dirty|too small)",
                    "look after (?:my|the) (?:little )?(?:brother|sister|siblings|baby) (?:\\S+ ){0,3}(?:alone|on my own|all night|all the time)",
                    "make (?:my|our) own (?:breakfast|tea|dinner)", "no money for (?:food|washing|electric|gas|nappies|heating)",
                    "(?:can not|unable to) look after", "wandering (?:in|on|around|along) the (?:street|road)", "sells? (?:\\S+ )?food vouchers",
                    "(?:needles|syringes)", "(?:not|have not|has not|havent|hasnt) (?:got|been) out of bed", "cereal for (?:tea|dinner)",
                    "(?:getting|get|gets|got) (?:themselves|themself|ourselves|my ?self) (?:to|ready for) school"));

    private static final Pattern CONTRACTION = Pattern.compile("\\b(he|she|they|it|you|we|i|who|that|there)'(ll|d)\\b");

    /** Killing or murdering as a figure of speech: only such signs are dropped in a joke or the speaker's own threat. */
    private static final Pattern HYPERBOLE = Pattern.compile(" (?:kill|murder)(?:s|ed|ing)? ");
    /** The speaker threatening someone else ("I'm gonna kill her", "I could murder him"). */
    private static final Pattern HYPERBOLE_JOKE = Pattern.compile(
            " i (?:am |was )?(?:going to|will|could|would|might|am gonna) (?:actually |literally |honestly )?(?:kill|murder) ");
    /** Laughter that marks a sentence as a joke. */
    private static final Pattern LAUGHTER = Pattern.compile("(?:\\blol\\b|\\blmao\\b|\\bhaha|\\bjk\\b|\\bjoking\\b|😂|🤣|😆|😅)");
    private static final Pattern WEAPON = Pattern.compile(" (?:knife|knives|gun|weapon|machete|bat) ");

    /** Signs of danger now: with any concern they make the short deadline. */
    private static final Pattern IMMEDIATE = Pattern.compile(
            " (?:right now|tonight|today|at the moment|as we speak|now|help me|please help|knife|knives|gun|weapon|going to kill|will kill|rope|pills|tablets) ");

    /** Harmless idioms that would otherwise read as signs ("killed myself laughing"). */
    private static final Pattern IDIOMS = Pattern.compile(
            " (?:kill(?:ed|ing)? my ?self laughing|die of (?:boredom|embarrassment|laughing)|dying of (?:boredom|laughter)"
                    + "|killed me with boredom|bored to death|to die for|missing in action|dying to (?:see|go|get|meet|try)"
                    + "|(?:nearly |literally |almost )?died of (?:boredom|embarrassment|laughing|laughter|shame|cringe)"
                    + "|beat(?:s|en)? (?:me|us|him|her|them) (?:at|in (?:the|a) (?:race|game|match|final|quiz))"
                    // figures of speech with strong words (round 4)
                    + "|cut the (?:tension|atmosphere|air) with a knife|(?:a )?knife (?:to|through|in) (?:the|my) (?:heart|back)"
                    + "|(?:at )?(?:the )?end of (?:my|his|her|our|their) (?:rope|tether)|secret santa|surprise (?:party|present)"
                    + "|throw (?:my|the|this|his|her) (?:phone|laptop|computer|tablet|ipad|controller|remote) (?:\\S+ )?(?:out of the window|out the window|at the wall)"
                    + "|threaten(?:s|ed|ing)? to tell on (?:me|us|him|her|them)|tell on (?:me|us|him|her|them)"
                    + "|(?:no|any) food (?:allergies|allergy|intolerances?)"
                    + "|(?:go|goes|going|gone|went) missing (?:from|for) (?:the |a |my )?(?:meeting|meetings|lesson|lessons|class|chat|group chat|register|photo)"
                    + "|missing for (?:like |about |only |just )?(?:a |\\d+ |ten |five |two |a few |few )?(?:mins?|minutes?|seconds?|secs?)"
                    + "|r[au]n(?:s|ning)? away from (?:a|an|the|some|this|that) (?!home|house|placement|foster|care|unit|childrens|hostel|police|flat|school)\\S+"
                    + "|r[au]n(?:s|ning)? away from (?:maths|science|english|homework|lessons?|pe)"
                    + "|(?:throw|threw|throws|throwing) (?:a|the|my|his|her) (?:pillow|cushion|sock|socks|teddy|snowball|water balloon|paper|paper plane)"
                    + "|older (?:lads?|boys|kids|girls) (?:at|in|on|from) (?:my |the )?(?:football|school|training|club|team|year|class|scouts|cadets|rugby|cricket|youth club)"
                    + "|(?:shopping|school|gym|pe|football|swim|swimming|sports|kit|changing) bags?"
                    + "|(?:my|his|her|our) (?:little |big |baby |younger |older )?(?:brothers|sisters|mums|dads|nans|grans|grandads|grandmas) bags?"
                    + "|(?:waiting list|system|council|service|process|wait|prices?|bills?|rent|form) (?:\\S+ ){0,4}abusive"
                    + "|(?:do not|not) want to go (?:back )?home (?:yet|already)) ");

    /**
     * A sign that a context makes ordinary: when a sign of {@code concern} whose words match {@code sign} is found
     * in a text that also matches {@code context}, the sign is dropped (other signs stay). Each context is a kind of
     * situation, not a sentence: sport and play for injuries, a surprise for "don't tell her", fiction for someone
     * going missing, a known outing for staying out late.
     */
    private record OrdinaryContext(Concern concern, Pattern sign, Pattern context) {
    }

    private static OrdinaryContext ordinary(Concern concern, String sign, String context) {
        return new OrdinaryContext(concern, Pattern.compile(" (?:" + sign + ") "), Pattern.compile(" (?:" + context + ") "));
    }

    /** An adult at home: where one is named, a sport or play context does not excuse an injury. */
    private static final Pattern ADULT_AT_HOME = Pattern.compile(" (?:mum|dad|stepdad|stepmum|step dad|step mum|mums|dads"
            + "|father|mother|boyfriend|girlfriend|partner|husband|uncle|carer|foster (?:carer|dad|mum)|he|she|him) ");

    private static final List<OrdinaryContext> ORDINARY_CONTEXTS = List.of(
            // "bruised her shin at netball", "black eye from a cricket ball", "my mate pushed me in the pool"
            ordinary(Concern.VIOLENCE, "bruise\\w*|black eye|marks? on \\w+|bleed\\w*|bled|blood|(?:go|went|had to go|taken) (?:to )?(?:the )?hospital"
                            + "|push\\w* (?:me|us|him|her)|kick\\w* (?:me|us|him|her)|hit (?:me|us|him|her)|(?:hurt|bruised|banged|cut) (?:my|his|her) \\w+",
                    "(?:at|in|from|during|playing|doing|on) (?:the |a |my |our )?(?:\\S+ )?(?:netball|football|rugby|cricket|hockey|pe|trampoline|trampolining"
                            + "|training|match|pool|gym|judo|karate|boxing|swimming|skateboard\\w*|skate ?park|bike|climbing|ball|tag|rounders|basketball|dodgeball)"
                            + "|play fight\\w*|messing (?:about|around)|by accident|accidentally|hilarious"),
            // "don't tell her" about a surprise party or present
            ordinary(Concern.SEXUAL_HARM, "(?:do not|not to|never|will not) (?:\\S+ )?tell \\S+(?: \\S+)?|(?:our|a) (?:little )?secret|(?:keep|keeps|kept) .*secret",
                    "surprise|surprised|spoiler|spoilers|spoil it|spoil the|birthday present|christmas present"),
            // a film, book or programme about someone who goes missing or is hurt, told as a plot
            ordinary(Concern.MISSING, ".*", "(?:film|movie|book|novel|story|episode|programme|series|show|documentary|cartoon|play) "
                    + "(?:\\S+ )?(?:about|where|in which|called)|(?:watched|watching|reading|read|finished) (?:a|the|this|that) (?:\\S+ )?"
                    + "(?:film|movie|book|novel|story|episode|programme|series|documentary)"),
            // a teenager out late at a known event, or where the parent knew where they were
            ordinary(Concern.MISSING, "(?:stay|stays|stayed|staying) out|out (?:late|till|until)|(?:home|back|in) (?:at|by) .*|out all night",
                    "fireworks|the fair|a party|the party|birthday|new year|new years|sleepover|cinema|concert|gig|prom|festival|wedding"
                            + "|(?:knew|know|knows|texted|told me|told us|said) where (?:she|he|we|they|i) (?:was|were|is|are)"
                            + "|picked (?:us|me|her|him|them) up|got a lift|lift (?:back|home)"),
            // someone away for an ordinary reason: "gone to uni and we haven't seen him since"
            ordinary(Concern.MISSING, ".*", "(?:gone|went|off|away) (?:to|at) (?:uni|university|college)|uni|university|abroad|travelling"
                    + "|the army|working away|on holiday|gap year|deployed"),
            // utilities off for a short, explained reason: "no electric for an hour because of the storm"
            ordinary(Concern.NEGLECT, "no (?:heating|electric|electricity|gas|hot water)|.*(?:heating|electric|electricity|gas|water|power|lights).*",
                    "power cut|powercut|storm|for an? (?:hour|minute|couple of hours|few hours|morning|afternoon)|engineer|outage|fixed|repaired"
                            + "|at school|at work|in class|at the office|boiler (?:broke|broken) .*fixed"),
            // "no food left at the party by the time I got there"
            ordinary(Concern.NEGLECT, "(?:no|not any|not enough|never any|never enough|hardly any) (?:\\S+ )?food|(?:nothing|not enough|no) (?:\\S+ )?to eat",
                    "food left|left at the|by the time (?:i|we) got|buffet|bbq|barbecue|picnic|canteen|sold out|at the party"),
            // "wanna learn to cook so I can make my own tea when I'm older"
            ordinary(Concern.NEGLECT, "make (?:my|our) own .*", "learn|learning|when i am older|when i am grown up|i like to|i love to|proud|for fun|enjoy"),
            // "felt unsafe driving in the snow", "the building is unsafe"
            ordinary(Concern.UNSAFE, "unsafe", "unsafe (?:\\S+ ){0,3}(?:snow|ice|icy|roads?|driving|weather|storm|floods?|flooding|building|bridge|ladder|stairs|wifi|website)"),
            // an image on the classroom wall or in the school newsletter
            ordinary(Concern.SEXUAL_HARM, ".*(?:pic|pics|picture|pictures|photo|photos|video|videos).*",
                    "on the wall|on display|display|drawing|painting|artwork|poster|yearbook|class photo|school photo|team photo|newsletter"
                            + "|exhibition|gallery|competition|art"));

    private static final Map<String, String> TEXT_SPEAK = Map.ofEntries(
            Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("r", "are"), Map.entry("im", "i am"),
            Map.entry("ive", "i have"), Map.entry("ill", "i will"), Map.entry("cuz", "because"), Map.entry("coz", "because"),
            Map.entry("cos", "because"), Map.entry("bc", "because"), Map.entry("becos", "because"), Map.entry("wanna", "want to"),
            Map.entry("gonna", "going to"), Map.entry("gotta", "got to"), Map.entry("kms", "kill myself"),
            Map.entry("kys", "kill yourself"), Map.entry("idk", "i do not know"), Map.entry("idc", "i do not care"),
            Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("bf", "boyfriend"), Map.entry("gf", "girlfriend"),
            Map.entry("ppl", "people"), Map.entry("n", "and"), Map.entry("tho", "though"), Map.entry("wen", "when"),
            Map.entry("wot", "what"), Map.entry("wat", "what"), Map.entry("sum1", "someone"), Map.entry("some1", "someone"),
            Map.entry("no1", "no one"), Map.entry("any1", "anyone"), Map.entry("hes", "he is"), Map.entry("shes", "she is"),
            Map.entry("theyre", "they are"), Map.entry("cant", "can not"), Map.entry("cannot", "can not"),
            Map.entry("wont", "will not"), Map.entry("dont", "do not"), Map.entry("didnt", "did not"),
            Map.entry("doesnt", "does not"), Map.entry("isnt", "is not"), Map.entry("aint", "is not"),
            Map.entry("wasnt", "was not"), Map.entry("havent", "have not"), Map.entry("hasnt", "has not"),
            Map.entry("mom", "mum"), Map.entry("mam", "mum"), Map.entry("mummy", "mum"), Map.entry("ma", "mum"),
            Map.entry("daddy", "dad"), Map.entry("da", "dad"), Map.entry("stepdads", "stepdad"),
            Map.entry("myslef", "myself"), Map.entry("meself", "myself"), Map.entry("mysef", "myself"), Map.entry("myselfe", "myself"),
            Map.entry("b4", "before"), Map.entry("2nite", "tonight"), Map.entry("2night", "tonight"), Map.entry("tonite", "tonight"),
            Map.entry("2day", "today"), Map.entry("nd", "and"), Map.entry("wiv", "with"), Map.entry("w", "with"),
            Map.entry("ded", "dead"), Map.entry("unalive", "kill"), Map.entry("unalived", "killed"), Map.entry("sh", "self harm"),
            Map.entry("scard", "scared"), Map.entry("scaird", "scared"), Map.entry("skared", "scared"), Map.entry("scarred", "scared"),
            Map.entry("hurst", "hurts"), Map.entry("hurtz", "hurts"), Map.entry("hrts", "hurts"), Map.entry("hert", "hurt"),
            Map.entry("herts", "hurts"), Map.entry("hitt", "hit"), Map.entry("hitts", "hits"), Map.entry("hittin", "hitting"),
            Map.entry("touchs", "touches"), Map.entry("tuches", "touches"), Map.entry("tuched", "touched"), Map.entry("touchd", "touched"),
            Map.entry("saf", "safe"), Map.entry("dye", "die"), Map.entry("dy", "die"),
            Map.entry("kil", "kill"), Map.entry("kild", "killed"), Map.entry("rapd", "raped"),
            Map.entry("nuds", "nudes"), Map.entry("nudez", "nudes"), Map.entry("slaped", "slapped"), Map.entry("slapt", "slapped"),
            Map.entry("punchd", "punched"), Map.entry("kickd", "kicked"), Map.entry("hungy", "hungry"), Map.entry("starvin", "starving"),
            Map.entry("nothin", "nothing"), Map.entry("somethin", "something"), Map.entry("goin", "going"), Map.entry("runnin", "running"),
            Map.entry("ranaway", "ran away"), Map.entry("runaway", "run away"), Map.entry("selfharm", "self harm"),
            Map.entry("selfharming", "self harming"), Map.entry("wil", "will"), Map.entry("wud", "would"), Map.entry("cud", "could"),
            Map.entry("hom", "home"), Map.entry("hme", "home"), Map.entry("alon", "alone"), Map.entry("aloan", "alone"),
            Map.entry("theyll", "they will"), Map.entry("youll", "you will"), Map.entry("nite", "night"), Map.entry("tbh", "to be honest"),
            Map.entry("droppin", "dropping"), Map.entry("carryin", "carrying"), Map.entry("sellin", "selling"), Map.entry("dealin", "dealing"),
            Map.entry("boyfrend", "boyfriend"), Map.entry("evry", "every"), Map.entry("evry1", "everyone"),
            Map.entry("every1", "everyone"), Map.entry("nobdy", "nobody"), Map.entry("freind", "friend"), Map.entry("frend", "friend"));

    /** Words the patterns are built on; a typed word one letter away from one of these (six letters or more) is read as it. */
    private static final Set<String> KEY_WORDS = Set.of("myself", "suicide", "suicidal", "overdose", "bruises", "bruised",
            "scared", "afraid", "frightened", "terrified", "touches", "touched", "touching", "private", "missing", "hurting",
            "punched", "punches", "kicked", "kicking", "slapped", "slapping", "strangled", "strangles", "choked", "chokes",
            "threatened", "threatens", "threatening", "weapon", "knives", "groomed", "grooming", "abused", "abusive", "violent",
            "violence", "starving", "hungry", "nothing", "anymore", "boyfriend", "stepdad", "tablets", "paracetamol", "harming",
            "cutting", "thinking", "ending", "living", "packages", "parcels", "delivering", "selling", "drugs", "alone",
            "naked", "pictures", "undress", "beating", "batters", "battered", "police", "nowhere", "sleeping", "staying",
            "unsafe", "sexually", "forced", "forces", "drinking", "drunk", "passed");

    /**
     * Ordinary words one edit away from a key word, so never "corrected": "saying" is not "staying", "staring" is not
     * "starving", "tables" is not "tablets". (Every one-edit variant of the key words was checked for real words.)
     */
    private static final Set<String> REAL_WORDS = Set.of("saying", "staring", "tables", "sacred", "sapped", "sapping",
            "seeping", "violet", "noting", "coked", "cokes", "bating", "dinking", "stranges");

    private record Rule(Concern concern, boolean urgent, Pattern pattern) {
    }

    private static Rule rule(Concern concern, boolean urgent, String... phrases) {
        return new Rule(concern, urgent, Pattern.compile(" (?:" + String.join("|", phrases) + ")(?= )"));
    }

    /** Screens one text; null or blank text has no signs. */
    public Screening screen(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Screening.NOTHING;
        }
        String normalised = normalise(text);
        String searchable = IDIOMS.matcher(normalised).replaceAll(" ");
        List<Screening.Sign> signs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean urgent = false;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(searchable);
            while (m.find()) {
                String words = m.group().strip();
                if (seen.add(rule.concern() + ":" + words)) {
                    signs.add(new Screening.Sign(rule.concern(), words));
                    urgent |= rule.urgent();
                }
            }
        }
        // Second layer: kinds of words near each other ("heating" + "off" + "weeks"), for veiled wordings.
        List<String> words = List.of(searchable.strip().split(" "));
        List<String> stems = MeaningRules.stems(searchable.strip());
        for (MeaningRules.Rule rule : VeiledDisclosureRules.RULES) {
            MeaningRules.Span span = words.size() == stems.size() ? rule.match(stems, words) : null;
            if (span != null) {
                String matched = String.join(" ", words.subList(span.start(), span.end()));
                if (seen.add(rule.concern() + ":" + matched)) {
                    signs.add(new Screening.Sign(rule.concern(), matched));
                    urgent |= rule.urgent();
                }
            }
        }
        // A sign whose context makes it ordinary (sport, a surprise, a film plot, a known outing) is dropped.
        for (OrdinaryContext oc : ORDINARY_CONTEXTS) {
            if (oc.context().matcher(normalised).find()) {
                boolean adultNamed = ADULT_AT_HOME.matcher(normalised).find();
                signs.removeIf(sign -> sign.concern() == oc.concern() && oc.sign().matcher(" " + sign.words() + " ").matches()
                        && !(oc.concern() == Concern.VIOLENCE && adultNamed));
            }
        }
        if (signs.isEmpty()) {
            return Screening.NOTHING;
        }
        // "I'm gonna kill my brother", "mum's gonna kill me when she sees my report 😂": the speaker's own
        // exaggeration, or a joke marked as one, is not a threat; a weapon or any other sign still counts.
        if (HYPERBOLE_JOKE.matcher(searchable).find() || LAUGHTER.matcher(" " + text.toLowerCase(Locale.ROOT) + " ").find()) {
            signs.removeIf(sign -> HYPERBOLE.matcher(" " + sign.words() + " ").find() && !WEAPON.matcher(searchable).find());
            if (signs.isEmpty()) {
                return Screening.NOTHING;
            }
        }
        if (!signs.isEmpty() && IMMEDIATE.matcher(searchable).find()) {
            urgent = true;
        }
        return new Screening(signs, urgent);
    }

    /**
     * Lower case, accents and look-alike characters folded, digits inside words read as letters, stretched
     * letters shortened, apostrophes dropped, text-speak and common misspellings spelled out; words separated
     * by single spaces, with a space at each end.
     */
    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        // "he'll" and "she'd" would read as "hell" and "shed" once apostrophes go: spell them out first
        s = CONTRACTION.matcher(s).replaceAll(m -> m.group(1) + (m.group(2).equals("ll") ? " will" : " would"))
                .replace("'", "");
        var out = new StringBuilder(" ");
        for (String raw : s.split("[^\\p{L}\\p{N}@$]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            String word = raw.matches(".*\\p{L}.*") ? deLeet(raw) : raw;
            word = word.replaceAll("(\\p{L})\\1{2,}", "$1$1");
            String expanded = TEXT_SPEAK.get(word);
            if (expanded == null && word.matches(".*(\\p{L})\\1.*")) {
                String single = word.replaceAll("(\\p{L})\\1+", "$1");
                expanded = TEXT_SPEAK.get(single);
                if (expanded == null && !KEY_WORDS.contains(word) && KEY_WORDS.contains(single)) {
                    expanded = single;
                }
            }
            if (expanded == null) {
                expanded = correct(word);
            }
            out.append(expanded).append(' ');
        }
        // "my self" and "my selfe" read as "myself"; "self harm" stays two words
        return out.toString().replace(" my self ", " myself ");
    }

    private static String deLeet(String word) {
        if (!word.matches(".*\\p{L}.*") || !word.matches(".*[0-9@$].*")) {
            return word;
        }
        if (TEXT_SPEAK.containsKey(word) || word.matches("\\d{1,2}(?:am|pm|th|st|nd|rd|s)")) {
            return word; // "b4" stays for TEXT_SPEAK; "4am", "10pm", "4th", "20s" are times, dates and ages
        }
        var sb = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            sb.append(switch (c) {
                case '0' -> 'o';
                case '1' -> 'i';
                case '3' -> 'e';
                case '4' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                case '@' -> 'a';
                default -> c;
            });
        }
        return sb.toString();
    }

    /**
     * A word with one letter of a key word (six letters or more) left out, or with two neighbouring letters
     * swapped, is read as that key word ("scard", "sucidal", "hurst"). A changed or an added letter is not:
     * "picked", "heating" and "sending" are words of their own, not "kicked", "beating" and "ending".
     */
    private static String correct(String word) {
        if (word.length() < 5 || KEY_WORDS.contains(word) || REAL_WORDS.contains(word)) {
            return word;
        }
        for (String key : KEY_WORDS) {
            if (key.length() >= 6 && key.length() - word.length() <= 1 && key.length() >= word.length() && oneEditApart(word, key)) {
                return key;
            }
        }
        return word;
    }

    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        if (a.length() == b.length()) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (diffs == 0) {
                        first = i;
                    }
                    diffs++;
                }
            }
            // a swap of two neighbouring letters: "hurst" for "hurts"
            return diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
        }
        // a letter left out of the key word (not at its end, where it would be an ending: "package", "packages")
        // ...nor the key word's first letter: "eating" is not "beating", "cared" is not "scared"
        if (a.length() + 1 != b.length() || b.startsWith(a) || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.substring(i).equals(b.substring(i + 1));
    }
}
