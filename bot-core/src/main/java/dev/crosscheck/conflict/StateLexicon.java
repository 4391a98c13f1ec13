package dev.crosscheck.conflict;

import java.util.List;
import java.util.regex.Pattern;

/**
 * States of things that news reports contradict: connected or cut off, standing or collapsed, able or unable to
 * shoot down, near the front or far from it. Each dimension has wording for both sides and says what its subject is.
 */
final class StateLexicon {
    /** How a dimension finds what its state is about. */
    enum SubjectKind {
        /** A facility: "the plant", "the station", "the bridge", named by nearby place names. */
        FACILITY,
        /** A weapon class: missiles, drones (with proper modifiers such as Kinzhal). */
        WEAPON,
        /** A place: the region or city the sentence (or the one before) is about. */
        PLACE
    }

    /** A kind of state; {@code topic} reads with the subject in place of %s. */
    record Dimension(String id, String topic, SubjectKind subject, Pattern positive, Pattern negative,
                     String positiveValue, String negativeValue, List<String> cues) {
        Dimension(String id, String topic, SubjectKind subject, Pattern positive, Pattern negative,
                  String positiveValue, String negativeValue) {
            this(id, topic, subject, positive, negative, positiveValue, negativeValue,
                    cues(positive.pattern() + " " + negative.pattern()));
        }

        /**
         * Whether a lower-cased sentence could match either wording. Every alternative of the patterns holds a
         * literal word of three letters or more, and a match contains it, so a sentence holding none of the
         * patterns' literal words cannot match; the check costs a few substring searches where the patterns cost a
         * regular-expression scan each (state wording is rare, and most sentences are skipped).
         */
        boolean mayMatch(String lowerSentence) {
            for (String cue : cues) {
                if (lowerSentence.contains(cue)) {
                    return true;
                }
            }
            return false;
        }

        private static List<String> cues(String patterns) {
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            // Letters after a backslash are escapes (\\b, \\d, \\s), not words.
            java.util.regex.Matcher m = Pattern.compile("(?<!\\\\)[a-z]{3,}").matcher(patterns);
            while (m.find()) {
                out.add(m.group());
            }
            // Function words are in almost every sentence; each alternative also holds a word of its own.
            out.removeAll(FUNCTION_WORDS);
            return List.copyOf(out);
        }
    }

    /** Words too common to tell whether a sentence may state anything (see {@link Dimension#mayMatch}). */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "and", "any", "some",
            "about", "around", "more", "than", "over", "from", "with", "was", "were", "has", "been", "not", "can",
            "could", "off", "its", "away", "near", "close", "nearest", "help", "state", "runs", "running");

    /** The verb that keeps its object in a state: "kept its flagship branch … open". */
    static final String KEEP = "(?:kept|keeps|keep|keeping)";

    static final List<Dimension> DIMENSIONS = List.of(
            new Dimension("grid", "%s's connection to the power grid", SubjectKind.FACILITY,
                    Pattern.compile("(?i)\\b(re-?connected|(?:power|electricity|connection) (?:supply )?(?:was |has "
                            + "been )?restored|restarted|back on|reconnection)\\b|\\bpower was "
                            + "restored\\b"),
                    Pattern.compile("(?i)\\b(cut off|disconnected|lost (?:electric )?power|off the (?:power )?grid|"
                            + "(?:runs?|running|relies?|relying|rely) (?:on|with the help of) (?:\\d+ |emergency )?"
                            + "diesel|diesel generators|diesel power|was interrupted|state of blackout|"
                            + "loses power)\\b"),
                    "reconnected", "cut off"),
            new Dimension("air-defence", "whether air defences could shoot down %s", SubjectKind.WEAPON,
                    Pattern.compile("(?i)\\b(able to (?:shoot|intercept|down|destroy)|managed to (?:shoot|intercept)|"
                            + "successfully (?:intercepted|shot down))"),
                    Pattern.compile("(?i)\\b(unable to (?:shoot|intercept|down|stop)|(?:cannot|could not|couldn't|"
                            + "can't|can not) (?:intercept|shoot|stop)|no defen[cs]es? against|helpless against)"),
                    "could be shot down", "could not be shot down"),
            new Dimension("front-distance", "how far %s is from the front line", SubjectKind.PLACE,
                    Pattern.compile("(?i)\\b((?:not far|close|near) (?:to |from )?the front(?: ?lines?)?|"
                            + "proximity to the front(?: ?lines?)?|near the front(?: ?lines?)?|on the front ?lines?)"),
                    Pattern.compile("(?i)\\b((?:some |about |around |more than |over )?(?:\\d[\\d,]*|hundreds of) "
                            + "(?:kilomet(?:re|er)s|km|miles) (?:away )?from (?:any|the|the nearest) (?:military )?"
                            + "(?:battlefield|front(?: ?lines?)?|fighting|combat)|(?<!not )far from the (?:front|fighting)"
                            + "(?: ?lines?)?)"),
                    "near the front line", "far from the front line"),
            new Dimension("standing", "whether %s is still standing", SubjectKind.FACILITY,
                    Pattern.compile("(?i)\\b(still standing|remains? standing|intact|survived)\\b"),
                    Pattern.compile("(?i)\\b(collapsed|was destroyed|were destroyed|razed|flattened|reduced to "
                            + "rubble)\\b"),
                    "still standing", "collapsed"),
            // Intact against damaged, short of standing against collapsed: "the dam is intact" and "a crack running
            // along the top of the dam" cannot both be so.
            new Dimension("damage", "whether %s is damaged", SubjectKind.FACILITY,
                    Pattern.compile("(?i)\\b(intact|undamaged|(?:was|is|were|are) not damaged|no damage to|"
                            + "unscathed)\\b"),
                    Pattern.compile("(?i)(?<!not )(?<!\\bno )\\b(damaged|cracked|breached|a crack|cracks)\\b"),
                    "intact", "damaged"),
            // A system or service back online against one still offline ("the email system was back online on
            // Tuesday" and "has remained offline since Monday", a fresh user's hospital story): a connection to a
            // network, not to the power grid, which "back online" had been read as.
            new Dimension("online", "whether %s is online", SubjectKind.FACILITY,
                    Pattern.compile("(?i)\\b(back online|online again|back up and running)\\b"),
                    Pattern.compile("(?i)\\b((?:remains?|remained|still|stayed|stays|is|was|were|are|been) "
                            + "offline)\\b"),
                    "online", "offline"),
            new Dimension("open", "whether %s is open", SubjectKind.FACILITY,
                    // A works in operation is open as a crossing is: "production resumed at the plant", "was still
                    // running", against "remains closed" or "halted" (a fresh user's salad factory).
                    // "kept its flagship branch on Harle Street open": a verb keeping its object so, read from its
                    // "open" as a state said of what comes before it (a fresh user's bank outage).
                    Pattern.compile("(?i)\\b(reopened|re-opened|(?:remain|stay)(?:s|ed)? open|was opened|"
                            + "(?:is|are|was|were|has been|have been) open|" + KEEP + " (?:[\\p{L}'’-]+ ){0,6}?open|"
                            + "resumed|(?:still|kept) running)\\b"),
                    // Any form of "shut" but a team's "shut out": "stayed shut", "has been shut", "shut down",
                    // "shutting Terminal 2 to departing passengers".
                    Pattern.compile("(?i)\\b(closed|(?:shutting|shuts|shut)(?! out)|halted|suspended)\\b"),
                    "open", "closed"));

    /** Facility words that a state of the "facility" kind can be about, by class. */
    static final Pattern FACILITY = Pattern.compile("(?i)\\b((?:nuclear )?(?:power )?(?:plant|station)|"
            + "reactor|bridge|dam|airport|port|border crossing|crossing|building|tower|facility|school|hospital|"
            + "railway|road|mine)s?\\b");

    /** The facility words a subject found by its grammar is looked up under, most specific first. */
    static final List<String> FACILITY_KINDS = List.of("port", "airport", "road", "railway", "bridge", "dam",
            "power station", "mine", "school", "hospital", "tower", "building");

    private StateLexicon() {
    }
}
