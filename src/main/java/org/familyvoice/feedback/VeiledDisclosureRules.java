package org.familyvoice.feedback;

import java.util.List;

import static org.familyvoice.feedback.MeaningRules.Concept;
import static org.familyvoice.feedback.MeaningRules.Rule;
import static org.familyvoice.feedback.MeaningRules.concept;
import static org.familyvoice.feedback.MeaningRules.near;
import static org.familyvoice.feedback.MeaningRules.then;
import static org.familyvoice.feedback.MeaningRules.unless;

/**
 * Co-occurrence rules for disclosures that are described rather than named: who is involved, what they do, for
 * how long. Vocabularies are plain words (stemmed when loaded); see {@link MeaningRules} for how they match.
 * Text arrives normalised by {@link DisclosureScreener#normalise}: "don't" is "do not", "he'll" is "he will".
 */
final class VeiledDisclosureRules {

    private VeiledDisclosureRules() {
    }

    /** Every verb followed by every object: the entries of a "someone does X to someone" vocabulary. */
    private static String[] onSomeone(List<String> verbs, List<String> objects) {
        return verbs.stream().flatMap(v -> objects.stream().map(o -> v + " " + o)).toArray(String[]::new);
    }

    // ---- people --------------------------------------------------------------------------------------------

    /** Adults and older relatives a child lives with or is looked after by. */
    static final Concept HOUSEHOLD = concept("household", "mum", "dad", "stepdad", "step dad", "stepmum", "step mum",
            "stepfather", "stepmother", "father", "mother", "parent", "partner", "boyfriend", "girlfriend", "husband",
            "wife", "ex", "fella", "brother", "sister", "uncle", "aunt", "auntie", "nan", "gran", "grandad", "grandma",
            "grandpa", "grandfather", "grandmother", "carer", "cousin", "lodger", "stepbrother", "stepsister");
    /** Someone on the receiving end. */
    static final Concept VICTIM = concept("victim", "me", "us", "her", "him", "them", "mum", "my", "the kids", "the baby");
    /** Adults outside the family whose closeness to a child is a warning sign in a sexual context. */
    static final Concept OTHER_ADULT = concept("other adult", "coach", "teacher", "tutor", "lodger", "man", "men", "older",
            "grown", "adult", "babysitter", "babysit", "instructor", "leader", "neighbour", "uncle", "stepdad", "step dad",
            "cousin", "friend of", "mums friend", "dads friend", "boyfriend");
    /** Younger brothers and sisters, as a child speaks of them (a parent would say "my youngest"). */
    static final Concept SIBLING = concept("younger sibling", "little brother", "little sister", "baby brother",
            "baby sister", "younger brother", "younger sister", "siblings", "my brothers", "my sisters",
            "little brothers", "little sisters");
    static final Concept NOBODY = concept("nobody", "nobody", "no one", "noone", "no body", "everyone", "everybody",
            "people", "anyone", "they");

    // ---- time ----------------------------------------------------------------------------------------------

    /** A length of time or a repetition that makes a lack or an absence more than a one-off. */
    static final Concept DURATION = concept("duration", "=days", "=weeks", "=months", "=week", "=ages", "since",
            "again", "always", "every day", "every night", "most days", "most nights", "all week", "all weekend",
            "the whole weekend", "=fortnight", "=nights");
    /** Late-night or early-morning hours. */
    static final Concept SMALL_HOURS = concept("small hours", "=1am", "=2am", "=3am", "=4am", "=5am", "=6am",
            "1 am", "2 am", "3 am", "4 am", "5 am", "6 am", "1 in the morning", "2 in the morning", "3 in the morning",
            "4 in the morning", "5 in the morning", "6 in the morning", "early hours", "middle of the night", "midnight");

    // ---- self-harm -----------------------------------------------------------------------------------------

    /** Wanting, wishing or planning, said of oneself or of a child. */
    static final Concept WISH = concept("wish", "wish", "want", "want to", "hope", "if i", "if i was", "rather",
            "would rather", "could just", "going to", "just want", "think about", "thinking about", "thought about",
            "wonder what it would be like", "pray", "sometimes i think");
    /** Not existing, put indirectly. */
    static final Concept NOT_EXIST = concept("not existing", "not be here", "not being here", "not here", "was not here",
            "were not here", "not around", "not be around", "not wake up", "never wake up", "not exist", "not existing",
            "stop existing", "disappear", "disappeared", "vanish", "vanished", "gone for good", "gone forever",
            "gone for ever", "was gone", "were gone", "was dead", "were dead", "be dead", "i died", "i had died",
            "he had died", "she had died", "not alive",
            "never been born", "never born", "not been born", "sleep forever", "sleep for ever", "not be alive",
            "fall asleep and never", "just stop", "all to stop", "it all to end", "everything to end", "everything to stop");
    static final Concept POINTLESS = concept("no point", "point", "pointless", "no reason", "nothing to live for",
            "not worth", "hopeless");
    static final Concept LIVING = concept("living", "here", "alive", "living", "life", "exist", "existing", "wake up",
            "going on", "carrying on", "carry on", "being around", "to live");
    static final Concept WOULD_NOT_NOTICE = concept("would not notice", "would notice", "would not notice",
            "would even notice", "would not even notice", "would care", "would not care", "would miss", "would not miss",
            "will miss", "will not miss", "would be happier", "would be better", "be better off", "better off",
            "would not even care");
    static final Concept SELF_OR_ABSENCE = concept("if I were gone", "if i", "when i am gone", "without me", "miss me",
            "i was gone", "i was not here", "i died", "i disappeared", "me gone", "if i was", "i am gone");
    static final Concept PLANNING = concept("planning", "thought about", "thinking about", "think about", "planned",
            "planning", "plan", "worked out", "looked up", "googled", "searched", "researched", "know");
    static final Concept METHOD = concept("a method", "how i would do it", "how he would do it", "how she would do it",
            "how to do it", "how i would", "how to end", "how many tablets", "how many pills", "how much paracetamol",
            "ways to die", "how to die", "how to kill", "how to hang", "how high");
    static final Concept HOARD = concept("hoarding", "saving", "save", "saved", "stockpile", "stockpiling", "hoard",
            "hoarding", "collecting", "stash", "stashing", "hiding", "hidden", "hid", "keeping");
    static final Concept MEDICINE = concept("medicine", "tablets", "pills", "paracetamol", "meds", "medication",
            "painkillers", "antidepressants", "sleeping pills");
    static final Concept RESTRICTING = concept("not eating", "skipping meals", "skips meals", "skip meals", "skipping food", "skipping breakfast", "skipping lunch",
            "not eating", "stopped eating", "will not eat", "refuses to eat", "refusing to eat", "refusing food",
            "barely eats", "barely eating", "hardly eats", "hardly eating", "hides food", "hiding food", "hides her food",
            "hides his food", "only eat", "only eats", "counting calories", "calories", "starving myself",
            "starving herself", "starving himself");
    static final Concept BODY_CONTROL = concept("weight or purging", "weight", "toilet", "bathroom", "sick", "throw up",
            "throwing up", "vomit", "thin", "fat", "mirror", "bones", "lost", "size");
    static final Concept PURGE_PLACE = concept("toilet", "toilet", "bathroom", "loo");
    static final Concept AFTER_MEAL = concept("after a meal", "after dinner", "after tea", "after eating", "after meals",
            "after lunch", "after food", "after every meal", "after breakfast");
    static final Concept CAN_NOT_GO_ON = concept("can not go on", "can not do this", "can not take it", "can not take this",
            "can not cope", "can not carry on", "can not keep going", "can not handle it", "can not handle this",
            "can not go on like this", "tired of", "sick of living", "done with", "given up on", "give up on",
            "am a burden", "a burden to", "a burden on", "such a burden");
    static final Concept ANY_MORE = concept("any more", "anymore", "any more", "much longer", "for much longer",
            "life", "living", "being alive", "it all");

    // ---- violence ------------------------------------------------------------------------------------------

    static final Concept HARM_VERB = concept("harm verb", "hit", "hits", "hitting", "slap", "punch", "kick", "kicked",
            "beat", "beaten", "batter", "choke", "strangle", "throttle", "smack", "shove", "whack", "thump", "belt",
            "wallop", "headbutt", "bite", "bit", "burn", "burnt", "scald", "stamp", "stamped on", "pin", "pinned",
            "drag", "dragged", "grab", "grabbed", "attack", "hurt", "threw", "throw", "knock", "knocked", "laid into",
            "lay into", "lays into", "went for", "goes for", "had a go at", "has a go at", "booted", "lash out at",
            "lashes out at", "lashed out at", "bash", "strike", "struck", "spat at", "spits at");
    static final Concept PLAY = concept("play", "play fight", "play fighting", "playfight", "messing about",
            "messing around", "by accident", "accidentally", "hilarious", "in the pool", "pe", "football", "rugby",
            "cricket", "netball", "trampoline", "tag", "game", "games", "wrestling", "karate", "boxing", "fifa",
            "beat me at", "beat us at", "beat him at", "beat her at", "beats me at", "beat me in", "in the race");
    static final Concept HARM_NOUN = concept("a beating", "slap", "smack", "=beating", "=hiding", "belt", "punch",
            "kicking", "wallop", "clip round the ear", "back of his hand", "back of her hand", "the slipper");
    static final Concept DESERVED = concept("deserved", "deserved", "deserve", "lucky", "worse", "got a", "get a", "gets a",
            "gave me", "give me", "gives me", "another", "get the", "got the", "gets the", "asked for it", "had it coming", "my fault");
    static final Concept INJURY = concept("injury", "marks", "mark", "bruise", "bruises", "bruised", "black eye",
            "cuts", "burns", "hand print", "handprint", "finger marks", "injury", "injuries", "swollen", "split lip");
    static final Concept CONCEAL = concept("concealing", "cover", "covering", "covered", "hide", "hiding", "hid",
            "conceal", "make up", "makeup", "scarf", "long sleeves", "so nobody", "so no one", "where it does not show",
            "where nobody can see", "where no one can see");
    static final Concept COVER_STORY = concept("cover story", "told me to say", "tell me to say", "make me say",
            "made me say", "makes me say", "have to say", "had to say", "keep saying", "keeps saying", "told school",
            "told the school", "tell school", "tell the school", "told the teacher", "tell the teacher", "told the nurse",
            "tell people", "told people", "tell everyone", "told everyone", "told them", "tell them", "cover for",
            "covering for", "lie for", "lied for", "lie to");
    static final Concept ACCIDENT = concept("accident", "fell", "fall", "tripped", "walked into", "accident", "clumsy",
            "banged", "did it myself", "did it herself", "did it himself", "playing");

    // ---- sexual harm ---------------------------------------------------------------------------------------

    /** A touching verb with a person as its object: "strokes her legs", "touched me", "tickles them". */
    static final Concept CONTACT = concept("intimate contact", onSomeone(
            List.of("touch", "touched", "touches", "touching", "stroke", "stroked", "strokes", "stroking", "fondle",
                    "fondled", "fondles", "grope", "groped", "gropes", "groping", "rub", "rubs", "rubbed", "rubbing",
                    "tickle", "tickles", "tickled", "tickling", "kiss", "kissed", "kisses", "kissing", "lick", "licked",
                    "feel", "felt", "feels", "put his hand on", "puts his hand on", "put her hand on", "puts her hand on",
                    "has his hands on", "hands all over"),
            List.of("me", "her", "him", "them", "us", "my", "her *", "his *", "my *")));
    static final Concept INTIMATE_SETTING = concept("intimate setting", "bed", "bedroom", "at night", "secret",
            "in the car", "car", "lap", "knee", "legs", "leg", "thigh", "bath", "shower", "alone", "one at a time",
            "under", "covers", "blanket", "private", "places", "body", "bum", "chest", "pants", "knickers",
            "do not tell", "not to tell", "promise", "dark", "when no one", "when nobody", "asleep", "coach", "lodger",
            "teacher", "man", "older", "grown", "adult", "babysit", "babysits", "babysitting", "did not like",
            "do not like", "hate it", "uncomfortable", "weird", "wrong", "did not want", "do not want");
    static final Concept ENTERS = concept("comes in", "walk in", "walks in", "walking in", "walked in", "come in",
            "comes in", "coming in", "came in", "barge in", "barges in", "barged in", "walks into", "walked into",
            "comes into", "came into", "opens the door", "opened the door", "watches me", "watching me", "watched me",
            "stares at me", "staring at me", "looks at me", "lock is broken", "no lock", "took the lock", "takes the lock",
            "removed the lock", "peeks", "peeping", "peep");
    static final Concept UNDRESSED = concept("undressed", "shower", "bath", "bathroom", "getting changed",
            "changing", "getting dressed", "undressed", "toilet", "naked", "in bed", "in my towel", "in a towel");
    /** Someone coming to where a child sleeps: "comes into my room", "gets in her bed", "creeps in his bedroom". */
    static final Concept INTO_BED = concept("into bed", onSomeone(
            List.of("comes", "come", "came", "coming", "gets", "get", "got", "getting", "creeps", "creep", "crept",
                    "creeping", "sneaks", "sneak", "snuck", "sneaking", "climbs", "climbed", "climbing", "walks", "walked"),
            List.of("into my room", "in my room", "into her room", "in her room", "into his room", "in his room",
                    "into my bed", "in my bed", "into her bed", "in her bed", "into his bed", "in his bed", "into bed with",
                    "in bed with", "into my bedroom", "in my bedroom", "into her bedroom", "into his bedroom")));
    static final Concept NIGHT_ASLEEP = concept("at night", "at night", "night", "asleep", "sleeping", "pretend",
            "everyone is asleep", "everyone else is asleep", "in the dark", "late");
    static final Concept IMAGE = concept("image", "pic", "pics", "picture", "pictures", "photo", "photos", "video",
            "videos", "nude", "nudes", "image", "images", "screenshot", "screenshots", "selfie", "selfies");
    static final Concept SPREAD = concept("spread", "post", "share", "send", "show", "put", "spread", "leak", "upload",
            "gone round", "going round", "sent round", "send round", "sending round", "everyone has seen",
            "everyone seen");
    static final Concept PRESSURE = concept("pressure", "if", "unless", "or else", "everyone", "whole", "year group",
            "group chat", "online", "internet", "the school", "whole school", "without asking", "never said");
    static final Concept ADULT_COMPLIMENT = concept("compliments", "beautiful", "sexy", "hot", "pretty", "gorgeous",
            "mature", "special", "fit", "lovely body", "favourite", "his favourite", "her favourite");
    static final Concept ADULT_WHO_CONTACTS = concept("adult contact", "teacher", "coach", "man", "men", "older", "grown",
            "adult", "tutor", "leader", "instructor", "lodger", "stranger");
    static final Concept PRIVATE_CHANNEL = concept("private channel", "messaging", "messages", "messaged", "texting",
            "texts", "texted", "snap", "snapchat", "instagram", "dm", "dms", "whatsapp", "late at night", "at night",
            "secret", "not to tell", "do not tell", "lift home", "lifts home", "in his car", "drives me",
            "drove me", "alone with", "on my own with", "one to one", "his house", "his flat");

    // ---- going missing -------------------------------------------------------------------------------------

    static final Concept AWAY = concept("away", "go off", "going off", "goes off", "went off", "gone off", "take off",
            "takes off", "took off", "taking off", "disappear", "disappears", "disappeared", "disappearing", "vanish",
            "vanishes", "vanished", "stay away", "stays away", "stayed away", "staying away", "=missing", "been gone",
            "gone", "not come home", "not came home", "not been home", "not coming home", "not come back",
            "not coming back", "does not come home", "did not come home", "stays out", "stayed out", "staying out",
            "out all night", "out all weekend", "not been back", "not come back since", "not back");
    static final Concept AWAY_FOR = concept("away for", "=nights", "=night", "overnight", "all night", "till morning",
            "until morning", "till the morning", "until the morning", "couple of days", "few days", "for days",
            "=days", "the weekend", "whole weekend", "all weekend", "since");
    static final Concept SLEEP_OUT = concept("sleeping out", "sleep", "sleeps", "sleeping", "slept", "kip", "kipping",
            "crash", "crashing", "crashed", "staying", "stayed", "living", "spent the night", "spend the night");
    static final Concept ROUGH_PLACE = concept("rough place", "night bus", "on a bus", "on the bus", "on buses",
            "on the streets", "on the street", "in a car", "in the car", "in the park", "in a park", "stairwell",
            "bus station", "train station", "doorway", "bench", "garage", "a shed", "mates floor", "someones floor",
            "friends floor", "a strangers", "some guys", "some mans", "a mans", "a random", "an older", "a squat",
            "different peoples", "different people", "different houses", "other peoples", "peoples houses", "people i only met",
            "people i do not know", "people she does not know", "people he does not know", "strangers", "whoever",
            "underpass", "car park", "sofa surfing");
    static final Concept TOLD_TO_GO = concept("told to leave", "told me to get out", "told him to get out",
            "told her to get out", "tells me to get out", "told me to pack", "told him to pack", "told her to pack",
            "pack a bag and", "pack my bags and", "threw me out", "threw him out", "threw her out", "chucked me out",
            "chucked him out", "chucked her out", "put me out", "kicked me out", "kicked him out", "kicked her out",
            "kicks me out", "not welcome at home", "not allowed home", "not allowed back", "told not to come back",
            "told me not to come back");
    static final Concept RETURNS = concept("comes back", "back", "home", "coming in", "comes in", "came in", "gets in",
            "got in", "rolls in", "rolled in", "turns up", "turned up", "out till", "out until", "out", "returned");
    static final Concept SNEAK_OUT = concept("sneaking out", "climb out", "climbing out", "climbs out", "climbed out",
            "sneak out", "sneaks out", "sneaking out", "snuck out", "sneaked out", "out of his window",
            "out of her window", "out of my window", "out the window", "out of the window");
    static final Concept POLICE = concept("police", "police", "cops", "feds", "officer", "officers");
    static final Concept POLICE_SEARCH = concept("police search", "found", "brought back", "brought him", "brought her",
            "brought me", "picked up", "picked him up", "picked her up", "picked me up", "returned", "looking for", "brought home",
            "brought him home", "brought her home", "brought me home",
            "searching", "search", "turn up", "=missing", "reported", "report", "out looking");
    static final Concept RUN_AGAIN = concept("run again", "run again", "run off again", "run for it", "do a runner",
            "did a runner", "doing a runner", "going to run", "will just run", "just run", "ran again", "ran off again",
            "leg it", "legged it", "bolt", "bolted", "take off again", "go off again");
    static final Concept NOT_GOING_BACK = concept("not going back", "not going back", "not go back", "never going back",
            "never go back", "will not go back", "not going home", "never going home", "not coming back", "never coming back",
            "not returning", "will not come back", "will not be coming back", "can not go home", "can not go back");
    static final Concept NOT_SEEN_SINCE = concept("not seen since", "not seen him since", "not seen her since",
            "not seen them since", "not heard from him since", "not heard from her since", "no one has seen him",
            "no one has seen her", "nobody has seen him", "nobody has seen her", "not seen him for", "not seen her for",
            "not heard from him for", "not heard from her for");
    static final Concept EMBARRASSED = concept("embarrassment", "embarrassed", "embarrassing", "embarrassment",
            "cringe", "awkward", "the teacher", "in front of the class", "in front of everyone", "swallow me",
            "under my duvet", "under the duvet", "under the covers", "under my covers", "sings", "singing", "dancing", "dances");
    static final Concept ONLINE = concept("online", "online", "on tiktok", "on snap", "on snapchat", "on insta",
            "on instagram", "on discord", "on roblox", "on fortnite", "on a game", "on my game", "on whatsapp",
            "from the internet", "on the internet", "on an app", "on facebook", "on the xbox", "on the ps5");
    static final Concept LURE = concept("lure", "meet me", "meet up", "to meet", "=meeting up", "come to", "buy me", "buys me", "bought me",
            "send me money", "sends me money", "gifts", "presents", "pick me up", "hotel", "party", "his place",
            "his flat", "his house", "keep it secret", "keep it between us", "our secret", "not to tell", "do not tell");
    static final Concept ABSENT_SELF = concept("absent self", "without me", "if i was gone", "if i were gone",
            "when i am gone", "if i was not here", "if i was not around", "if i died", "if i was dead", "once i am gone");
    static final Concept LAST_DAYS = concept("not around much longer", "not be around much longer",
            "not be here much longer", "not be around for long", "not be here for long", "not be a problem much longer",
            "not have to worry about me", "not be around to", "not be here to see", "not be a burden much longer");
    static final Concept BROKEN_BONE = concept("broken bone", onSomeone(List.of("broke", "broken", "split", "busted",
            "fractured", "cracked"), List.of("my nose", "her nose", "his nose", "my arm", "her arm", "his arm", "my ribs",
            "her ribs", "his ribs", "my rib", "my wrist", "her wrist", "my jaw", "her jaw", "my tooth", "her tooth",
            "my lip", "her lip", "my finger", "mums nose", "mums arm", "mums ribs", "mums jaw", "mums lip")));
    static final Concept TURNS_NASTY = concept("turns nasty", "nasty", "violent", "aggressive", "handy", "loses it",
            "lashes out", "kicks off", "goes mental", "goes for");
    static final Concept DRINK = concept("drinking", "drinks", "drinking", "drunk", "had a drink", "been drinking",
            "the pub", "on the drink", "high", "using");
    static final Concept SHARED_NAKEDNESS = concept("bathing with a child", "showers with me", "shower with me",
            "baths with me", "bath with me", "in the shower with me", "in the bath with me", "showers with her",
            "baths with her", "showers with him", "baths with him", "watch me shower", "watches me shower",
            "watch me in the bath", "watches me in the bath", "sleep naked", "sleeps naked with");
    static final Concept PAYS_ME = concept("pays me", "pay me", "pays me", "paid me", "pay us", "pays us", "paid us",
            "give me money", "gave me money", "gives me money", "offered me money", "offer me money", "give me cash",
            "gave me cash", "pay him", "pays him", "pay her", "pays her");
    static final Concept ERRAND = concept("errand", "to take", "to carry", "to drop", "to deliver", "to hold",
            "to run", "to move", "to sell", "to keep", "to hide", "to look out", "to stand");
    static final Concept RUN_OUT_OF = concept("ran out of", "run out of", "ran out of", "runs out of", "running out of");

    // ---- unsafe --------------------------------------------------------------------------------------------

    static final Concept FEAR = concept("fear", "scared", "afraid", "frightened", "terrified", "petrified", "fear",
            "dread", "dreading", "panic", "panicking", "shaking", "shake", "on edge", "feel sick", "felt sick",
            "tummy goes", "stomach drops", "heart pounds", "heart racing", "freeze", "freezes", "froze");
    static final Concept FEARED = concept("feared person or place", "mum", "dad", "stepdad", "step dad", "stepmum",
            "step mum", "father", "mother", "partner", "boyfriend", "husband", "ex", "brother", "uncle", "fella",
            "cousin", "lodger", "of him", "of her", "of them", "when he", "when she", "when they", "going home",
            "go home", "at home", "be home", "being home", "go back to", "going back to", "go to my", "going to my",
            "stay at my", "staying at my", "his car", "his key", "her car", "the door", "home time");
    static final Concept ARRIVAL = concept("arrival", "his car", "his key", "her key", "her car", "key in the door",
            "door slam", "door slams", "door slamming", "front door", "comes home", "gets home", "gets back", "came home",
            "pull up", "pulls up", "pulling up", "his footsteps", "footsteps", "comes in drunk", "back from the pub");
    static final Concept DREAD = concept("dread", "flinch", "flinches", "flinching", "shake", "shaking", "freeze",
            "hide", "hiding", "sick", "tummy", "stomach", "knot", "heart", "sweat", "scared", "panic", "go quiet", "goes quiet", "all go quiet",
            "hold my breath", "dread", "horrible feeling", "what comes next", "what is coming", "cry", "crying",
            "tense up", "eggshells");
    static final Concept ALWAYS_DREAD = concept("walking on eggshells", "flinch", "flinches", "flinching",
            "eggshells", "know what comes next", "never know what he", "never know what she", "never know what they",
            "never know what mood", "what mood he is in", "what mood she is in", "tiptoe", "tip toe", "tiptoeing");
    static final Concept THREATENER_SAYS = concept("threat said", "said", "says", "told", "threatened", "threatens",
            "texted", "messaged", "keeps saying", "warned", "swore", "promised");
    static final Concept WILL = concept("will", "he will", "she will", "they will", "he would", "she would",
            "they would", "going to", "gonna", "is going to", "are going to", "would", "will", "=shell", "=hell", "=theyll");
    static final Concept DANGER = concept("danger", "stab", "kill", "hurt", "batter", "beat", "burn", "shoot", "do me in",
            "do him in", "do her in", "get me", "get you", "smash", "make sure i never", "make sure you never",
            "take the kids", "take my kids", "take the children", "take the baby", "break my", "break your", "regret",
            "come for", "come after", "find me", "find you", "knife", "cut me", "cut you", "slash", "jump me",
            "sort me out", "sort you out", "end me", "put me in hospital", "off a cliff", "drive us", "crash the car",
            "kill us", "kill us all", "take us with", "set fire", "burn the house", "never see my * again", "never see the * again",
            "never see * again", "send me away", "put me in care", "have me taken");
    static final Concept DO_NOT_TELL = concept("do not tell", "do not tell", "please do not tell", "never tell",
            "do not let", "do not show", "can not tell", "can not know", "must not know", "do not say", "not tell",
            "nobody tell");
    static final Concept CONSEQUENCE = concept("consequence", "trouble", "kill me", "hurt me", "angry", "worse",
            "find out", "know it is me", "know its me", "know it was me", "punish", "punished", "beat me", "get it",
            "taken away", "take me away", "go mad", "goes mad", "lose it", "loses it", "furious", "be dead", "dead");
    static final Concept CONTROL = concept("control", "takes my bank card", "takes my card", "takes my money",
            "took my bank card", "took my card", "has my bank card", "keeps my bank card", "keeps my money",
            "controls my money", "controls the money", "takes my wages", "takes my benefits", "checks my phone",
            "goes through my phone", "reads my messages", "tracks my phone", "tracks me", "tells me what i can wear",
            "tells me what to wear", "decides what i wear", "who i can see", "who i am allowed", "who i can talk to",
            "not allowed to see my", "not allowed to go out", "not allowed out", "never let me go out",
            "will not let me see", "will not let me go out", "never see the kids again", "never see my kids again",
            "never see the children again", "take the kids off me", "take the kids away", "keeps my passport",
            "took my passport", "locks me in", "lock me in", "locked me in", "will not let me out",
            "does not let me out", "never lets me out", "door locked", "keeps me locked", "locked in my room",
            "locked in the", "not allowed out of my room", "reads all my", "reads my texts", "checks my messages",
            "checks my texts", "checks all my", "goes through all my", "never see my * again");

    // ---- exploitation --------------------------------------------------------------------------------------

    static final Concept STORE = concept("keeping for someone", "keep", "keeping", "kept", "hold", "holding", "held",
            "hide", "hiding", "hid", "store", "storing", "stash", "stashing", "mind", "minding", "look after",
            "looking after");
    static final Concept GOODS = concept("goods", "stuff", "things", "bag", "bags", "package", "packages", "parcel",
            "parcels", "box", "boxes", "a phone", "phones", "something", "money", "cash", "gear", "it");
    static final Concept FOR_SOMEONE = concept("for someone", "for someone", "for my mates", "for my mate", "for them",
            "for him", "for some", "for these", "for this", "for a friend", "for his", "for her", "for older",
            "not allowed to look", "not allowed to open", "told not to look", "told not to open", "not supposed to look",
            "not to open", "not to look", "no idea what is in", "do not know what is in", "not allowed to ask");
    static final Concept DO_NOT_LOOK_INSIDE = concept("do not look inside", "not allowed to look inside",
            "not allowed to open", "told not to open", "told me not to open", "told not to look", "not to look inside",
            "not supposed to open", "not supposed to look", "do not ask what is in", "not allowed to ask what");
    static final Concept PICKED_UP = concept("picked up", "picked up", "picks him up", "picks her up", "picks me up",
            "picked him up", "picked her up", "picked me up", "collected", "collects", "gets in", "got in", "getting into",
            "gets into", "dropped off");
    static final Concept CAR = concept("car", "car", "cars", "van", "taxi", "taxis");
    static final Concept UNKNOWN_DRIVER = concept("unknown driver", "do not recognise", "did not recognise",
            "do not know", "stranger", "strange", "older", "different", "all hours", "late at night", "at night",
            "grown", "man", "men", "never seen", "tinted");
    static final Concept GIFTS = concept("unexplained goods", "new phone", "second phone", "trainers", "clothes", "cash",
            "money", "jewellery", "vapes", "nails", "designer", "gifts", "presents", "expensive", "takeaways",
            "train ticket", "train tickets", "a phone", "phone");
    static final Concept UNEXPLAINED = concept("unexplained", "can not explain", "will not say where",
            "will not tell me where", "will not say who", "will not tell me who", "from a friend", "off a friend",
            "from someone", "off someone", "older", "no idea where", "does not say where", "a friend gave",
            "mate gave", "someone gave", "says he found", "says she found", "said he found", "said she found",
            "found it", "claims", "never bought", "did not buy", "not bought", "did not give", "never gave", "not from us",
            "will not say why", "will not tell me why");

    // ---- neglect -------------------------------------------------------------------------------------------

    static final Concept LACK = concept("lack", "no", "not any", "not got any", "without", "ran out of", "run out of",
            "cut off", "off", "turned off", "disconnected", "can not afford", "could not afford", "not had",
            "have not had", "has not had", "not enough", "never any", "never enough", "nothing", "not been");
    static final Concept NEED = concept("basic need", "food", "heating", "heat", "electric", "electricity", "gas",
            "water", "hot water", "beds", "mattress", "shower", "bath", "wash", "meal", "meals", "dinner", "tea",
            "breakfast", "nappies", "formula", "milk", "meter", "toilet roll", "soap", "clean clothes", "fed",
            "eaten", "power", "lights");
    static final Concept COAT_IN_BED = concept("coats in bed", "in our coats", "in my coat", "in their coats",
            "in coats", "in his coat", "in her coat", "in our clothes", "in blankets", "with my coat on", "with our coats on",
            "with coats on", "with his coat on", "with her coat on", "coat on", "coats on");
    static final Concept BED = concept("bed", "sleep", "sleeps", "sleeping", "slept", "bed");
    static final Concept CARER = concept("carer", "mum", "dad", "mother", "father", "parents", "stepdad", "step dad",
            "stepmum", "step mum", "carer", "she", "he", "they", "their mum", "their dad");
    static final Concept INCAPABLE = concept("incapable", "passed out", "passes out", "pass out", "passing out",
            "drunk", "wasted", "is high", "was high", "gets high", "got high", "came home high", "comes home high",
            "high on", "off her face", "off his face", "off their face", "out of it", "out cold",
            "unconscious", "can not wake", "could not wake", "will not wake up", "would not wake up", "stoned",
            "hungover", "in bed all day", "in bed for days", "in bed all week", "not got out of bed",
            "can not get out of bed", "does not get up", "never gets up", "does not get out of bed", "=using again", "=using drugs", "she is =using", "he is =using",
            "they are =using", "was =using", "when she is =using", "when he is =using",
            "on the drink", "on drugs", "on the gear", "comatose", "collapsed", "sleeping it off", "off their heads");
    static final Concept RELAPSE = concept("relapse", "using again", "drinking again", "relapsed", "back on the drink",
            "back on the gear", "back on drugs", "started =using", "started drinking again", "been drinking heavily");
    static final Concept CAN_NOT_GET_UP = concept("can not get up", "can not get out of bed", "can not get up",
            "could not get up", "could not get out of bed", "do not get up", "does not get up", "not getting up",
            "stay in bed", "stays in bed", "stayed in bed");
    static final Concept CHILDREN = concept("children", "kids", "children", "baby", "the little ones", "to school",
            "school run", "my son", "my daughter", "feed", "breakfast");
    /** The child speaking is the one who does it. */
    static final Concept OBLIGED = concept("obliged", "i have to", "i had to", "i always", "i do", "i make", "i put",
            "i feed", "i cook", "i bath", "i get", "i end up", "me who", "i am the one", "left to me");
    static final Concept CARE_TASK = concept("care task", "bed", "tea", "dinner", "breakfast", "bath", "nappy",
            "nappies", "bottle", "school", "ready", "feed", "food", "dressed", "lunch");
    static final Concept CALL_FOR_HELP = concept("call for help", "ring", "rang", "call", "called", "to phone", "had to phone",
            "i phone", "=phoned", "to text", "had to text", "=texted");
    static final Concept COME_GET_US = concept("come get us", "come get us", "come and get us", "to get us",
            "pick us up", "collect us", "come get me", "come and get me", "come round", "come over");
    static final Concept EMPTY_CUPBOARD = concept("empty cupboard", "fridge is empty", "fridge empty",
            "cupboards are empty", "cupboards are bare", "empty fridge", "empty cupboards", "nothing in the fridge",
            "nothing in the cupboards", "nothing in the house", "asking for food", "ask for food", "asks for food",
            "begging for food", "beg for food", "stealing food", "steal food", "stole food", "take food home",
            "taking food home", "food from the bins", "out of the bins", "eat dry cereal", "eating dry cereal", "nothing at home to eat",
            "only had toast", "only have toast", "only bread");
    static final Concept NOT_TAKEN = concept("not taken to", "never taken", "not taken", "nobody takes", "no one takes",
            "never takes", "never took", "will not take", "does not take", "not been taken", "no one has taken",
            "nobody has taken", "no one has ever taken", "nobody has ever taken", "never been taken");
    static final Concept HEALTH_VISIT = concept("health visit", "dentist", "doctor", "gp", "hospital", "optician",
            "appointments", "appointment", "clinic");

    // ---- round 4: harm told indirectly ---------------------------------------------------------------------

    /** Farewell letters or notes. */
    static final Concept LETTER = concept("letters", "letter", "letters", "note", "notes", "wrote", "written", "message", "messages");
    static final Concept TO_EVERYONE = concept("to everyone", "to everyone", "to each of", "to all of", "for everyone",
            "for each of", "to each", "goodbye", "sorry and goodbye", "saying sorry", "say sorry", "to my family", "to mum and dad");
    static final Concept THANKS = concept("thanks", "thank", "thanks", "christmas", "cards", "santa", "pen pal", "invitation",
            "invitations", "birthday", "leaving", "wedding");
    static final Concept GIVE = concept("give away", "give", "gave", "giving", "given", "gives");
    static final Concept NOT_NEED = concept("will not need", "will not need", "not going to need", "not need it", "not need them",
            "not need any", "not be needing", "no use for", "will not be using", "not going to be here", "after i am gone",
            "when i am gone", "need it soon", "need them soon", "need them anymore", "need it anymore");
    static final Concept OUTGROWN = concept("outgrown", "older", "grown out", "too old", "too small", "charity", "clear out",
            "declutter", "moving house", "old", "new one", "got a new", "upgrade", "now i");
    /** Someone's temper or drink, and the household keeping out of the way. */
    static final Concept TEMPER = concept("temper", "one of his moods", "one of her moods", "in a mood", "his moods", "her moods",
            "his temper", "her temper", "loses his temper", "loses her temper", "kicks off", "kicking off", "gets angry",
            "is angry", "drinks", "drinking", "drunk", "had a drink", "back from the pub", "when he is in", "when she is in");
    static final Concept RETREAT = concept("retreat", "stay in our rooms", "stay in my room", "stay in our room",
            "stay in their rooms", "keep quiet", "keep really quiet", "stay quiet", "keep out of his way", "keep out of her way",
            "stay out of his way", "stay out of her way", "stay out of the way", "keep out of the way", "keep our heads down",
            "keep my head down", "lock me", "lock us", "lock myself", "lock ourselves", "locked myself", "locked us",
            "locked me and", "lock me and", "hide in", "hiding in", "hid in", "barricade", "tiptoe", "tip toe");
    /** Keeping away from home because of someone there. */
    static final Concept AVOID_HOME = concept("avoiding home", "so i do not have to be home", "so i do not have to go home",
            "so i do not have to be at home", "so i do not have to see him", "so i do not have to see her",
            "so i do not have to be around him", "so i do not have to be around her", "put off going home",
            "avoid going home", "avoid being home", "avoid being at home", "not to be home when", "not be home when",
            "stay out of the house", "stay away from home", "so i am not home when", "so i am not at home when");
    /** Not wanting to be near or alone with someone. */
    static final Concept UNEASE = concept("unease", "hate being", "do not like being", "do not want to be", "not comfortable being",
            "uncomfortable being", "makes me uncomfortable", "creeps me out", "gives me the creeps", "scared of being",
            "frightened of being", "afraid of being", "stands too close", "stands really close", "stands so close");
    static final Concept NEAR_SOMEONE = concept("near someone", "with him", "with her", "alone with", "around him",
            "around her", "near him", "near her", "in the same room", "in the house with", "at home with", "left with");
    /** Being unable or afraid to tell what happens at home. */
    static final Concept AFRAID_TO_TELL = concept("afraid to tell", "scared to tell", "frightened to tell", "afraid to tell",
            "terrified to tell", "not allowed to tell", "not supposed to tell", "told me not to tell", "dare not tell",
            "if i tell", "if i told", "if i say anything", "if i said anything", "if anyone finds out", "if you tell",
            "can not tell anyone", "never tell anyone", "if i talk", "if i speak");
    static final Concept WHAT_GOES_ON = concept("what goes on", "what goes on", "what happens", "what happened", "what he does",
            "what she does", "what he did", "what she did", "what they do", "about home", "at home", "in our house",
            "behind closed doors");
    static final Concept IN_CASE = concept("in case", "in case", "ready to", "just in case", "so i can");
    static final Concept ESCAPE = concept("escape", "get out quick", "get out fast", "get out quickly", "escape", "run for it",
            "get away from him", "get away from her", "flee", "leg it", "make a run");
    /** Angry at contact with friends: "goes mental if I talk to my friends". */
    static final Concept ANGRY_IF = concept("angry if", "goes mental if", "goes mad if", "kicks off if", "loses it if",
            "gets angry if", "goes mental when i", "goes mad when i", "kicks off when i", "loses it when i",
            "gets angry when i", "goes crazy if", "goes crazy when i", "will not let me");
    static final Concept SOCIAL = concept("social contact", "talk to", "speak to", "see my friends", "see my mates",
            "go out", "my friends", "my mates", "my family", "text", "message", "wear", "look at", "my phone");
    static final Concept KNOWS_WHERE = concept("knows where", "knows where we live", "knows where i live",
            "knows where you live", "knows where the kids", "knows where my kids", "knows where the children", "knows where they",
            "found out where we live", "found our address", "found out our address", "knows where we are", "knows our address",
            "knows which school", "knows what school");
    static final Concept THREAT_SOURCE = concept("threatening source", "ex", "texting", "texted", "messaged", "messaging",
            "said", "says", "saying", "threatened", "prison", "jail", "turned up", "outside", "keeps");
    static final Concept RELEASED = concept("released", "released from prison", "out of prison", "out of jail",
            "released from jail", "let out of prison", "let out of jail", "got out of prison", "got out of jail");
    static final Concept CONVICTION = concept("conviction", "conviction", "convicted", "on the register", "sex offender",
            "a record for", "record for", "was inside for", "been inside for", "schedule 1", "risk to children");
    static final Concept NEAR_CHILD = concept("near a child", "child", "children", "kids", "son", "daughter", "coming round",
            "comes round", "round ours", "around", "babysit", "my teenager", "my teenage");

    /** Sexual harm through a camera, images asked for, or clothes taken off. */
    static final Concept CAMERA = concept("camera", "camera on", "turn my camera", "turn on my camera", "on camera", "webcam",
            "video call", "video chat", "facetime", "live stream", "livestream");
    static final Concept CAMERA_INTIMATE = concept("camera intimate", "in bed", "bed", "clothes", "undressed", "naked",
            "in the bath", "in the shower", "alone", "in my room", "pyjamas", "underwear", "pants", "top off", "do not tell",
            "secret", "body");
    static final Concept ASK_IMAGES = concept("asks for images", "send some back", "send one back", "send him some",
            "send her some", "send him one", "send pics", "send pictures", "send photos", "send a pic", "send a picture",
            "send a photo", "asking for pics", "asking for pictures", "asking for photos", "asked for pics", "asked for pictures",
            "asked for photos", "wants pics", "wants pictures", "wants photos", "sent me pics of himself", "sent me pictures of himself",
            "sent me photos of himself", "sent me a pic of himself", "pics of himself", "pictures of himself", "photos of himself");
    static final Concept ADULT_OR_STRANGER = concept("adult or stranger", "man", "men", "older", "adult", "grown", "stranger",
            "online", "guy", "he says he is", "says he is", "she says she is", "pretends", "pretending", "fake");
    static final Concept CLOTHES_OFF = concept("clothes off", "clothes off", "clothes were off", "clothes came off",
            "without my clothes", "without clothes", "top off", "take off his", "take off her", "take off my", "undress",
            "undressed", "naked");
    static final Concept SEX_CONTEXT = concept("sexual context", "camera", "webcam", "video", "adult", "man", "men", "asked",
            "asking", "made me", "makes me", "wants me", "told me to", "do not remember", "can not remember", "could not remember",
            "woke up", "passed out", "drunk", "vodka", "drink", "drinks", "drugged", "xbox", "online", "game");
    static final Concept BLACKMAIL = concept("blackmail", "tell my mum if", "tell my dad if", "tell my parents if",
            "tell everyone if", "show everyone if", "send them to", "post them if", "share them if");

    /** Exploitation told indirectly: taken far away, debts, a job or run for someone, cuckooing, a partner's friends. */
    static final Concept TRAVEL = concept("travel", "took me to", "taken to", "drove me to", "driven to", "sent me to",
            "put me on a train", "train", "trains", "train ticket", "coach to", "bus to", "getting trains", "gets trains",
            "kept me there", "kept me in", "went to");
    static final Concept FAR_PLACE = concept("far place", "another city", "another town", "other towns", "other cities",
            "different city", "different town", "out of town", "miles away", "a house in", "a flat in", "the coast", "up north",
            "down south", "london", "birmingham", "manchester");
    static final Concept SECRET_OR_WORK = concept("secret or work", "to sell", "to deal", "kept me", "would not let me leave",
            "would not let me go", "for a week", "for days", "to work", "for them", "will not say why", "will not say where",
            "will not tell me why", "does not say why", "on school days", "instead of school", "school days", "no idea why",
            "sell", "selling", "cash", "money");
    static final Concept JOB_FOR_THEM = concept("a job for them", "job for them", "jobs for them",
            "one more job for", "another job for", "do a job for", "do jobs for", "a run for", "one more run", "another run", "runs for them",
            "work for them", "working for them", "sell for them", "work it off", "do favours", "doing favours", "favours for",
            "a favour for");
    static final Concept COERCION = concept("coercion", "if i do not", "if i dont", "or else", "otherwise", "hurt", "batter",
            "will get", "they will", "make me", "owe", "owes", "pay them back", "pay it back",
            "pay him back", "in debt", "debt", "want something back", "something in return", "want paying");
    static final Concept FREE_STUFF = concept("free stuff", "free stuff", "free weed", "free vapes", "free food",
            "bought me stuff", "give me stuff", "gave me stuff", "gives me stuff", "let me stay", "let me chill", "let me hang",
            "let me sleep", "gave me a place", "favours", "favour");
    static final Concept DEBT = concept("debt", "pay them back", "pay it back", "pay him back", "pay her back", "owe them",
            "owe him", "owe her", "in debt", "work it off", "want something back", "want something in return", "wants something back",
            "wants something in return", "want paying", "wants paying", "want it back", "now they say", "now they want");
    static final Concept LOVE_CONDITION = concept("a condition of love", "if i love him", "if i loved him", "if you love me",
            "if i really loved", "to prove i love", "to prove i loved", "if she loves him", "if she loved him", "if i love her",
            "or he will leave me", "or he will dump me");
    static final Concept PARTNER_DEMAND = concept("demand", "have to", "has to", "go with", "sleep with", "his mates",
            "his friends", "do stuff", "do things", "be nice to", "make me");
    static final Concept GROUP = concept("group", "lads", "men", "older boys", "older lads", "some guys", "these guys", "gang",
            "older kids", "older people", "grown men", "some boys", "these boys", "them");
    static final Concept TRUANT = concept("truanting", "instead of school", "instead of going to school", "skipping school",
            "skips school", "bunking", "not been to school", "not going to school", "on school days", "during school");

    /** Neglect told indirectly. */
    static final Concept SQUALOR = concept("squalor", "bed bugs", "bugs", "dog mess", "dog poo", "cat poo", "mess all over",
            "rubbish everywhere", "rubbish all over", "mould", "mouldy", "mice", "rats", "maggots", "cockroaches", "no sheets",
            "wee", "stinks", "filthy", "fleas");
    static final Concept HOME_PLACE = concept("home place", "floor", "bed", "house", "flat", "kitchen", "bedroom",
            "mattress", "sofa", "carpet", "walls", "everywhere", "my room");
    static final Concept LEAVE = concept("leave", "leave", "leaves", "left", "leaving");
    static final Concept CHILD_OBJ = concept("children", "her kids", "his kids", "their kids", "the kids", "the children",
            "her children", "his children", "the baby", "her baby", "his baby", "the little ones", "my little brother",
            "my little sister", "my brother", "my sister", "us kids", "me and my", "my brothers", "my sisters", "us");
    static final Concept ALONE = concept("alone", "alone", "on their own", "on our own", "by themselves", "by ourselves",
            "home alone", "unattended", "with no adult", "with nobody", "with no one");
    static final Concept FEND = concept("fending", "living off", "live off", "lives off", "living on crisps", "crisps",
            "noodles", "whatever we can find", "whatever i can find", "fend for ourselves", "fend for myself",
            "fend for themselves", "feed ourselves", "feed myself", "feed themselves");
    static final Concept CARER_AWAY = concept("carer away", "never in", "never home", "never there", "always out",
            "out all the time", "never around", "not around", "always gone", "gone out", "at her boyfriends", "at his girlfriends",
            "never here", "out drinking");
    static final Concept FOOD_WORD = concept("food", "breakfast", "food", "eat", "lunch", "dinner", "tea", "hungry", "snacks",
            "fed");
    static final Concept NOTHING_AT_HOME = concept("nothing at home", "nothing at home", "nothing in the house",
            "nothing in the flat", "no food at home", "nothing in the cupboards", "nothing in the fridge");
    static final Concept SAME_NAPPY = concept("same nappy", "same nappy", "nappy not changed", "nappy has not been changed",
            "not been changed", "dirty nappy", "soaking nappy", "soaked nappy", "wet nappy");
    static final Concept SAME_CLOTHES = concept("same clothes", "same clothes", "same uniform", "same pants", "same socks",
            "same underwear");
    static final Concept LONG_TIME = concept("a long time", "=days", "=weeks", "all week", "since", "for ages", "every day",
            "all weekend", "=fortnight");

    /** Every rule with what it catches; the concern is the kind of harm a person would read into it. */
    static final List<Rule> RULES = List.of(
            // Self-harm and suicidal thoughts (urgent) put indirectly.
            // "I wish I wasn't here", "he wishes he'd never been born", "if I just disappeared"
            // (not "I wanted to disappear when the teacher read it out": embarrassment)
            unless(near(Concern.SELF_HARM, true, "wishing not to exist", 5, WISH, NOT_EXIST), EMBARRASSED),
            // "I just want to go to sleep and not wake up"
            near(Concern.SELF_HARM, true, "wanting to sleep for ever", 10, WISH, concept("sleep for ever",
                    "not wake up", "never wake up", "not to wake up", "sleep forever", "sleep for ever", "not wake",
                    "never wake")),
            // "no point being here anymore", "nothing to live for", "what's the point of being alive"
            near(Concern.SELF_HARM, true, "no point in living", 6, POINTLESS, LIVING),
            // "nobody would notice if I wasn't here", "everyone would be better off without me"
            near(Concern.SELF_HARM, true, "others better off without me", 8, NOBODY, WOULD_NOT_NOTICE, SELF_OR_ABSENCE),
            // "everyone would be better off", "they'd all be better off if..."
            then(Concern.SELF_HARM, true, "everyone better off", 5, NOBODY, concept("better off", "better off", "happier")),
            // "everyone would be fine without me", "they'd cope if I was gone"
            near(Concern.SELF_HARM, true, "others fine without me", 8, NOBODY, ABSENT_SELF),
            // "I won't be around much longer", "you won't have to worry about me"
            near(Concern.SELF_HARM, true, "hinting at not being around", 8, LAST_DAYS),
            // "he's thought about how he would do it", "looked up how many tablets"
            then(Concern.SELF_HARM, true, "a plan or method", 8, PLANNING, METHOD),
            // "been saving up my tablets", "found pills hidden in her room"
            near(Concern.SELF_HARM, true, "stockpiling medicine", 6, HOARD, MEDICINE),
            // "skipping meals and losing weight", "hides food and is so thin"
            near(Concern.SELF_HARM, true, "restricting food", 14, RESTRICTING, BODY_CONTROL),
            // "goes to the toilet straight after dinner"
            near(Concern.SELF_HARM, true, "purging after meals", 5, PURGE_PLACE, AFTER_MEAL),
            // "I can't do this anymore", "tired of everything", "I'm a burden to everyone"
            then(Concern.SELF_HARM, true, "cannot go on", 5, CAN_NOT_GO_ON, ANY_MORE),

            // Violence at home described rather than named.
            // "my stepdad smacked me", "he laid into her", "she whacks us" (not play fighting or sport)
            unless(then(Concern.VIOLENCE, false, "a harm verb done to someone", 3, HARM_VERB, VICTIM), PLAY),
            // "he broke my mum's nose", "split her lip"
            near(Concern.VIOLENCE, false, "an injury done to someone", 4, BROKEN_BONE),
            // "he gets nasty when he drinks", "she kicks off when she's been drinking"
            near(Concern.VIOLENCE, false, "turning violent with drink", 6, TURNS_NASTY, DRINK),
            // "mum said I deserved the slap", "got the belt again"
            near(Concern.VIOLENCE, false, "punishment by hitting", 4, DESERVED, HARM_NOUN),
            // "covering the marks with make-up", "long sleeves so nobody sees the bruises"
            near(Concern.VIOLENCE, false, "hiding injuries", 8, INJURY, CONCEAL),
            // "told school she fell down the stairs", "keeps saying he walked into a door"
            then(Concern.VIOLENCE, false, "a cover story for an injury", 8, COVER_STORY, ACCIDENT),

            // Sexual harm described rather than named.
            // "tickles them in the car", "strokes her legs", "touches me when he babysits"
            near(Concern.SEXUAL_HARM, false, "intimate touching", 12,
                    CONTACT, INTIMATE_SETTING),
            // "my stepdad showers with me and says it's normal"
            near(Concern.SEXUAL_HARM, false, "bathing with or watching a child bathe", 6, SHARED_NAKEDNESS),
            // "keeps walking in when I'm in the shower", "took the lock off the bathroom"
            near(Concern.SEXUAL_HARM, false, "intruding on a child undressed", 8, ENTERS, UNDRESSED),
            // "comes into my room at night", "gets in her bed when everyone's asleep"
            near(Concern.SEXUAL_HARM, false, "coming to a child's bed at night", 10, INTO_BED, NIGHT_ASLEEP),
            // "he'll post the pic to the whole year", "shared a video of me without asking"
            near(Concern.SEXUAL_HARM, false, "sharing or threatening to share images", 10, IMAGE, SPREAD, PRESSURE),
            // "the PE teacher messages her at night telling her she's beautiful"
            near(Concern.SEXUAL_HARM, false, "an adult flattering a child in private", 16, ADULT_WHO_CONTACTS,
                    ADULT_COMPLIMENT, PRIVATE_CHANNEL),

            // Going missing told as a story.
            // "keeps going off for a couple of days", "was gone two nights"
            near(Concern.MISSING, false, "away for nights or days", 7, AWAY, AWAY_FOR),
            // "we haven't seen her since Friday"
            near(Concern.MISSING, false, "not seen since", 5, NOT_SEEN_SINCE),
            // "sleeping on the night bus", "kipping in a stairwell"
            then(Concern.MISSING, false, "sleeping rough", 6, SLEEP_OUT, ROUGH_PLACE),
            // "mum told me to pack a bag and get out", "chucked him out"
            near(Concern.MISSING, false, "told to leave home", 6, TOLD_TO_GO),
            // "coming back at 6am", "out till 3am"
            near(Concern.MISSING, false, "out in the small hours", 6, RETURNS, SMALL_HOURS),
            // "keeps climbing out of his window", "snuck out again"
            near(Concern.MISSING, false, "sneaking out", 4, SNEAK_OUT),
            // "the police brought her back", "police are out looking for him"
            near(Concern.MISSING, false, "police searching or returning", 6, POLICE, POLICE_SEARCH),
            // "I'll just run again", "did a runner from the placement"
            unless(near(Concern.MISSING, false, "running again", 3, RUN_AGAIN), RUN_OUT_OF),
            // "I'm not going back there", "can't go home"
            near(Concern.MISSING, false, "not going back home", 4, NOT_GOING_BACK),

            // Fear of someone at home; threats; coercive control.
            // "scared of my stepdad", "terrified when he comes home", "frightened to go home"
            then(Concern.UNSAFE, false, "fear of someone at home", 5, FEAR, FEARED),
            // "I flinch when the front door slams", "I go quiet when I hear his car"
            near(Concern.UNSAFE, false, "dread when someone arrives", 12, ARRIVAL, DREAD),
            // "walking on eggshells", "you never know what he's going to do"
            near(Concern.UNSAFE, false, "living on edge", 4, ALWAYS_DREAD),
            // "said he'll stab me", "threatened she'd take the kids"
            then(Concern.UNSAFE, false, "a threat of harm", 7, THREATENER_SAYS, WILL, DANGER),
            // "please don't tell my dad, he'll know it's me and I'll be in trouble"
            near(Concern.UNSAFE, false, "fear of being found out by someone at home", 16, DO_NOT_TELL, HOUSEHOLD, CONSEQUENCE),
            // "takes my bank card", "tells me what I can wear", "says I'll never see the kids again"
            near(Concern.UNSAFE, false, "coercive control", 8, CONTROL),

            // Round 4: unsafe told indirectly.
            // "when he's in one of his moods we all stay in our rooms", "when dad drinks I lock me and my brother in the bathroom"
            near(Concern.UNSAFE, false, "keeping out of someone's way", 14, TEMPER, RETREAT),
            // "I stay late at school so I don't have to be home when he's there"
            near(Concern.UNSAFE, false, "avoiding home because of someone", 12, AVOID_HOME),
            // "I hate being in the house with him", "he gives me the creeps when I'm alone with him"
            unless(near(Concern.UNSAFE, false, "unease near someone", 10, UNEASE, NEAR_SOMEONE),
                    concept("ordinary irritation", "cold", "flu", "ill", "poorly", "covid", "grumpy", "moody", "revision",
                            "homework", "stuck in", "rain", "holidays", "lockdown")),
            // "I'm frightened to tell anyone what goes on at home", "if I tell anyone about what happens at home..."
            near(Concern.UNSAFE, false, "afraid to tell what happens at home", 12, AFRAID_TO_TELL, WHAT_GOES_ON),
            // "I sleep with my shoes on in case I have to get out quick"
            then(Concern.UNSAFE, false, "ready to escape", 9, IN_CASE, ESCAPE),
            // "she goes mental if I talk to my friends"
            then(Concern.UNSAFE, false, "anger at contact with others", 6, ANGRY_IF, SOCIAL),
            // "my ex is out of prison", "he's texting saying he knows where the kids go to school"
            near(Concern.UNSAFE, false, "someone dangerous released", 10, RELEASED, HOUSEHOLD),
            near(Concern.UNSAFE, false, "someone knows where we are", 8, THREAT_SOURCE, KNOWS_WHERE),
            // "a man with a conviction for child stuff keeps coming round"
            near(Concern.UNSAFE, false, "a known risk near a child", 14, CONVICTION, NEAR_CHILD),

            // Round 4: sexual harm through cameras and images.
            // "someone from a game asks me to turn my camera on when I'm in bed"
            near(Concern.SEXUAL_HARM, false, "a camera in an intimate setting", 12, CAMERA, CAMERA_INTIMATE),
            // "he sent me pics of himself and wants me to send some back"
            near(Concern.SEXUAL_HARM, false, "images asked for", 16, ADULT_OR_STRANGER, ASK_IMAGES),
            near(Concern.SEXUAL_HARM, false, "images exchanged under threat", 16, IMAGE, BLACKMAIL),
            // "asking him to take his clothes off on camera", "woke up with my clothes off"
            near(Concern.SEXUAL_HARM, false, "clothes off in a sexual context", 10, CLOTHES_OFF, SEX_CONTEXT),

            // Round 4: self-harm told indirectly.
            // "wrote letters to everyone", "letters she'd written to each of us saying sorry and goodbye"
            unless(near(Concern.SELF_HARM, true, "farewell letters", 8, LETTER, TO_EVERYONE), THANKS),
            // "gave away all my stuff cos I won't need it soon"
            unless(then(Concern.SELF_HARM, true, "giving things away", 14, GIVE, NOT_NEED), OUTGROWN),

            // Round 4: exploitation told indirectly.
            // "they took me to a house in another city to sell", "getting trains to other towns and won't say why"
            near(Concern.EXPLOITATION, false, "taken far away for someone", 16, TRAVEL, FAR_PLACE, SECRET_OR_WORK),
            // "if I don't do one more job for them they'll hurt my little brother"
            near(Concern.EXPLOITATION, false, "a job under threat", 12, JOB_FOR_THEM, COERCION),
            // "they give me free stuff but now they want something back"
            near(Concern.EXPLOITATION, false, "gifts turned into a debt", 16, FREE_STUFF, DEBT),
            // "my boyfriend says I have to go with his mates if I love him"
            near(Concern.EXPLOITATION, false, "a partner's demand as proof of love", 12, LOVE_CONDITION, PARTNER_DEMAND),
            // "some lads moved in next door and my 14 year old is in and out with them instead of school"
            near(Concern.EXPLOITATION, false, "a child with a group instead of school", 14, GROUP, TRUANT),

            // Round 4: neglect told indirectly.
            // "my bed has bugs and there's dog mess all over the floor"
            near(Concern.NEGLECT, false, "squalor at home", 8, SQUALOR, HOME_PLACE),
            // "leaves her kids alone in the flat all day"
            then(Concern.NEGLECT, false, "children left alone", 8, LEAVE, CHILD_OBJ, ALONE),
            // "we've been living off crisps because mum's never in"
            near(Concern.NEGLECT, false, "children fending for themselves", 14, FEND, CARER_AWAY),
            // "the school gives me breakfast because there's nothing at home"
            near(Concern.NEGLECT, false, "no food at home", 8, FOOD_WORD, NOTHING_AT_HOME),
            // "the baby's been in the same nappy all day", "wearing the same clothes for a week"
            near(Concern.NEGLECT, false, "a baby left unchanged", 8, SAME_NAPPY, concept("for hours", "all day", "=hours",
                    "since", "all night", "=days", "since this morning")),
            near(Concern.NEGLECT, false, "the same clothes for days", 8, SAME_CLOTHES, LONG_TIME),

            // Exploitation.
            // "I have to keep stuff in my room for my mate's older brother"
            near(Concern.EXPLOITATION, false, "keeping things for someone", 12, STORE, GOODS, FOR_SOMEONE),
            // "I'm not allowed to look inside"
            near(Concern.EXPLOITATION, false, "told not to look inside", 6, DO_NOT_LOOK_INSIDE),
            // "these boys pay me to take things to people"
            then(Concern.EXPLOITATION, false, "paid to run errands", 5, PAYS_ME, ERRAND),
            // "a guy on tiktok wants to meet me", "a man online buys me things"
            near(Concern.EXPLOITATION, false, "an online stranger luring", 10, ONLINE, LURE),
            // "gets picked up by cars I don't recognise"
            near(Concern.EXPLOITATION, false, "picked up by unknown cars", 10, PICKED_UP, CAR, UNKNOWN_DRIVER),
            // "comes home with new trainers and cash and won't say where from"
            near(Concern.EXPLOITATION, false, "unexplained money or gifts", 12, GIFTS, UNEXPLAINED),

            // Neglect described rather than named.
            // "heating's been off for weeks", "no food again", "haven't had a shower in 2 weeks"
            near(Concern.NEGLECT, false, "basic needs unmet over time", 10, LACK, NEED, DURATION),
            // "water got cut off", "the electric is disconnected"
            near(Concern.NEGLECT, false, "utilities cut off", 4, concept("utility", "water", "electric", "electricity",
                    "gas", "heating", "power", "lights"), concept("cut off", "cut off", "disconnected", "turned off")),
            // "we sleep in our coats"
            near(Concern.NEGLECT, false, "sleeping in coats", 5, BED, COAT_IN_BED),
            // "dad passes out on the sofa", "mum got too drunk", "she's using again"
            then(Concern.NEGLECT, false, "carer incapable", 5, CARER, INCAPABLE),
            // "I've been using again"
            near(Concern.NEGLECT, false, "a carer relapsing", 3, RELAPSE),
            // "some days I can't get out of bed to get the kids to school"
            near(Concern.NEGLECT, false, "carer unable to get up for the children", 10, CAN_NOT_GET_UP, CHILDREN),
            // "I have to put my little brothers to bed and make their tea"
            near(Concern.NEGLECT, false, "a child caring for siblings", 12, OBLIGED, SIBLING, CARE_TASK),
            // "had to ring my nan at 2am to come and get us"
            near(Concern.NEGLECT, false, "a child calling for help", 12, CALL_FOR_HELP, COME_GET_US),
            near(Concern.NEGLECT, false, "a child calling for help at night", 10, CALL_FOR_HELP, SMALL_HOURS),
            // "the fridge is empty", "asking the neighbours for food"
            near(Concern.NEGLECT, false, "no food in the home", 5, EMPTY_CUPBOARD),
            // "nobody takes me to the dentist"
            then(Concern.NEGLECT, false, "health needs ignored", 9, NOT_TAKEN, HEALTH_VISIT));
}
