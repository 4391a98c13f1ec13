package dev.crosscheck.conflict;

import dev.crosscheck.corpus.WordStarts;
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
    private static final String SAYING = "said|says|told|reported|announced|stated|confirmed|wrote|claimed|claims";
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
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("they", "he", "she", "it", "we", "i",
            "you", "this", "that");

    private Attribution() {
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
    private static final Pattern HONORIFIC_INSIDE = Pattern.compile("\\p{Lu}\\S*\\s+((?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)"
            + "\\.?\\s+\\p{Lu})");

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
}
