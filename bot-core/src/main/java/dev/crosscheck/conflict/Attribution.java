package dev.crosscheck.conflict;

import dev.crosscheck.corpus.WordStarts;
import dev.crosscheck.lexicon.RelatedWords;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who a sentence says a claim comes from: "according to emergency services", "Energoatom said", "said the air force". */
public final class Attribution {
    private static final String WHO = "(\\b(?:the )?(?:[A-Z][\\p{L}\\-]+ ){0,4}?[A-Z][\\p{L}\\-]+|\\b(?:[Tt]he |[Ii]ts |[Tt]heir |(?:[Tt]he )?[\\p{L}\\-]+['’]s )?"
            + "(?:[a-z\\-]+ ){0,3}?(?:[Oo]fficials?|[Aa]uthorities|services|[Mm]inistry|military|[Pp]olice|governor|"
            + "mayor|operator|company|army|air force|spokesman|spokeswoman|statement|media|press service)"
            // "police in Ostbury said": the place is the source's, not the source (a fresh user's alert had it so).
            + "(?: (?:in|of|at|for) (?:the )?[A-Z][\\p{L}\\-]+(?: (?:of |for |and )?[A-Z][\\p{L}\\-]+){0,3})?)";
    /** After "according to" the name runs as far as its capitals go: "according to Luis Carvalho, the…". */
    private static final Pattern ACCORDING = Pattern.compile("(?i:according to) " + WHO.replace("){0,4}?[A-Z]",
            "){0,4}[A-Z]"));
    /**
     * A name ("and", "of" or "for" inside it), and its initials in brackets, joined by "and" to the source after it:
     * "The Health and Safety Executive (HSE) and Wendshire Police said".
     */
    private static final String JOINED = "(?:(?:[Tt]he )?[A-Z][\\p{L}\\-]+(?: (?:and |of |for )?[A-Z][\\p{L}\\-]+){0,5}"
            + "(?: \\([A-Z]{2,}\\))? and )?";
    /** The verbs news attributes words with. */
    static final String SAYING = "said|says|told|reported|announced|stated|confirmed|wrote|claimed|claims";
    private static final Pattern SAYING_VERB = Pattern.compile(SAYING);
    private static final Pattern SAID_BY = Pattern.compile("(" + JOINED + WHO + ") (?:" + SAYING + ")\\b");
    private static final Pattern SAID_AFTER = Pattern.compile("\\b(?:said|says|reported|announced) " + WHO
            + "\\s*[.,]?\\s*$");

    /** "Teodor Lisk, general secretary of the Railway Workers' Union, said …": the name before the apposition. */
    private static final Pattern NAME_APPOSITION = Pattern.compile("^\\W*((?:\\p{Lu}[\\p{L}\\-’']+ ){0,3}"
            + "\\p{Lu}[\\p{L}\\-’']+), [^,]{3,90}, (?:" + SAYING + ")\\b");

    /** Lower-case words that end a name's noun phrase at its clause's end: "the Ukrainian | public broadcaster". */
    private static final Pattern REST_OF_PHRASE = Pattern.compile("^((?: \\p{Ll}[\\p{L}\\-]*){1,3})\\s*(?=[,.;:)]|$)");

    /** A word that opens a clause, not its subject: "while the mayor told…". */
    private static final Pattern OPENING_CONJUNCTION = Pattern.compile("(?i)^(?:while|whereas|as|when|and|but|"
            + "although|though|because|after|before|since|if|so|until|once)\\s+");

    /** A phrase opening with a preposition says where or how something was said: "in a statement", "on TV". */
    private static final Pattern PREPOSITION = Pattern.compile("(?i)(?:in|on|at|by|via|through|during|after)\\s");

    /** "They said" names no one: the source is in an earlier sentence. */
    static final java.util.Set<String> PRONOUNS = java.util.Set.of("they", "he", "she", "it", "we", "i",
            "you", "this", "that");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** What stands between a subject and its verb: "had", "has also", "would". */
    private static final Pattern AUXILIARIES = Pattern.compile("(?:\\s+(?:had|has|have|would|will|also|later|then|"
            + "previously|earlier))+\\s*$");
    /** A determiner right before a word: "a barrage", "the report", "its statement", "whose records". */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:a|an|the|this|that|its|their|his|her|"
            + "whose|our|your|my)\\s+$");
    /** "explosions were reported": the subject is what was said, not who said it. */
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:was|were|is|are|been|being|be)\\s*$");
    /** Longer runs before a verb are more than its subject. */
    private static final int MAX_SUBJECT = 8;
    /**
     * "according to a person familiar with the download,": whoever a sentence names so, as far as its clause goes
     * or a relative clause describing them begins ("according to two employees who saw it").
     */
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "(?i)\\baccording to ((?:[\\p{L}\\d’'\\-]+\\s+){0,11}?[\\p{L}\\d’'\\-]+)\\s*(?=[,.;:]|$|"
                    + "(?<=\\s)(?:who|which|that|whose)\\b)");

    private Attribution() {
    }

    /** The words, unless they are a pronoun or a relative one ("who", "which"), which name no one themselves. */
    private static String names(String words) {
        String lower = words.toLowerCase(java.util.Locale.ROOT);
        return PRONOUNS.contains(lower) || lower.equals("who") || lower.equals("which") ? "" : words;
    }

    /** Whether a word is one of the verbs news attributes words with ("confirmed", which WordNet files elsewhere). */
    public static boolean isSayingVerb(String word) {
        return SAYING_VERB.matcher(word).matches();
    }

    /**
     * The words before a verb of saying without the conjunction that opens their clause ("while the mayor" → "the
     * mayor") nor the capitalised words before an honorific, which are no part of the name it opens ("in California
     * Mr Torvalds" → "Mr Torvalds").
     */
    public static String subject(String words) {
        String subject = OPENING_CONJUNCTION.matcher(words.strip()).replaceFirst("");
        Matcher honorific = HONORIFIC_INSIDE.matcher(subject);
        return honorific.find() ? subject.substring(honorific.start(1)) : subject;
    }

    /** An honorific after another capitalised word: where a name opens ("California Mr Torvalds"). */
    private static final Pattern HONORIFIC_INSIDE = Pattern.compile("\\p{Lu}\\S*\\s+((?:" + String.join("|", Age.TITLES)
            + ")\\.?\\s+\\p{Lu})");

    /** The named or described source, or "" when the sentence does not say. */
    public static String of(String sentence) {
        WordStarts starts = WordStarts.of(sentence);
        for (Pattern p : new Pattern[] {ACCORDING, SAID_AFTER, NAME_APPOSITION, SAID_BY}) {
            Matcher m = p.matcher(sentence);
            // The apposition is anchored at the sentence's start; the others start with a word.
            boolean found = p == NAME_APPOSITION ? m.find() : starts.find(m, 0, sentence.length());
            // "it said in a statement": where it was said names no one.
            if (found && !PRONOUNS.contains(m.group(1).strip().toLowerCase(java.util.Locale.ROOT))
                    && !PREPOSITION.matcher(m.group(1)).lookingAt()) {
                String who = subject(m.group(1));
                Matcher rest = REST_OF_PHRASE.matcher(sentence.substring(m.end()));
                // A capitalised word may open a described source: "according to the Ukrainian public broadcaster".
                boolean named = Character.isUpperCase(who.charAt(who.lastIndexOf(' ') + 1));
                return p == ACCORDING && named && rest.find() ? who + rest.group(1) : who;
            }
        }
        return "";
    }

    /**
     * Whom the sentence gives its words to: as the conflict notes read it, else whoever it says "according to", else
     * the subject of its first verb of saying as WordNet files verbs ("officials in the region had described…").
     */
    public static String speakerOf(String sentence, RelatedWords lexicon) {
        String named = of(sentence);
        if (!named.isEmpty()) {
            return named;
        }
        Matcher according = ACCORDING_TO.matcher(sentence);
        return according.find() ? according.group(1) : subjectOfSaying(sentence, lexicon);
    }

    /** A clause's words before its verb of saying, auxiliaries dropped; "" for a pronoun or a passive. */
    private static String subjectOfSaying(String sentence, RelatedWords lexicon) {
        Matcher word = WORD.matcher(sentence);
        while (word.find()) {
            if (!Character.isLowerCase(word.group().charAt(0))
                    || !lexicon.isSaying(word.group()) && !isSayingVerb(word.group())) {
                continue;
            }
            if (DETERMINER_BEFORE.matcher(sentence).region(0, word.start()).find() || word.group().endsWith("ing")) {
                // "A barrage of missiles…": after a determiner the word is a noun, whatever WordNet's verbs say; and
                // "A hacker group calling itself Grey Lantern" names the group, it says nothing.
                continue;
            }
            int clause = Math.max(0, Math.max(sentence.lastIndexOf(',', word.start()),
                    Math.max(sentence.lastIndexOf(';', word.start()), sentence.lastIndexOf('“', word.start()))));
            String before = sentence.substring(clause, word.start()).replaceAll("^[\\s,;“\"]+", "");
            Matcher auxiliaries = AUXILIARIES.matcher(before);
            String subject = auxiliaries.find() ? before.substring(0, auxiliaries.start()) : before.strip();
            subject = subject(subject);
            if (PASSIVE.matcher(before).find() || subject.isEmpty() || subject.split("\\s+").length > MAX_SUBJECT
                    || names(subject.strip()).isEmpty()) {
                return "";
            }
            return subject.strip();
        }
        return "";
    }
}
