package dev.crosscheck.conversation;

import dev.crosscheck.answer.AnswerType;
import dev.crosscheck.answer.Composer;
import dev.crosscheck.answer.Citation;
import dev.crosscheck.answer.QuestionAnalysis;
import dev.crosscheck.quantity.Quantity;
import dev.crosscheck.quantity.QuantityParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who "he" or "she" and where "there" stand for in a follow-up: the person the latest turn to name one gave (in its
 * answer, its question, or by role) and the place the latest question named. Only English grammar and the corpus's
 * names are used.
 */
final class Antecedents {
    /** Capitalised words in a row: a name, as a question writes it. */
    private static final Pattern NAME_RUN = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*)*");
    /** A name set before a question, then a comma: "Foxx, what did he win?". */
    private static final Pattern TOPIC = Pattern.compile("(" + NAME_RUN.pattern() + "),\\s+");
    /** A pronoun an earlier answer's person can stand for; "his", and "her" before a noun, take "'s". */
    private static final Pattern PERSONAL = Pattern.compile("(?i)\\b(he|him|his|she|her)\\b");
    /** "the" and up to three words in lowercase after it, where a role may stand. */
    private static final Pattern ROLE_PHRASE = Pattern.compile("(?i:\\bthe)\\s+(?<words>\\p{Ll}[\\p{Ll}-]*"
            + "(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2})");
    /** What a role is of: " of Kharkiv", " of the Bank of England". */
    private static final Pattern ROLE_OF = Pattern.compile("\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*"
            + "(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'’-]*)*");

    /**
     * The plural noun a figure counts, right after it: "diesel generators" in "18 diesel generators that…", "people"
     * in "five people died". English plurals end in "s" but for a few that every count of people meets.
     */
    private static final Pattern COUNTED = Pattern.compile("^\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?"
            + "(?:\\p{Ll}[\\p{Ll}-]*[^s\\W]s|people|children|men|women))\\b");

    /** Knows which names are persons' and which words name what a person is. */
    private final Composer composer;

    Antecedents(Composer composer) {
        this.composer = composer;
    }

    /** The fragment with its first personal pronoun and a "there" resolved, when the conversation tells them. */
    String resolved(String fragment, List<Turn> earlier) {
        String person = lastPerson(earlier);
        Matcher topic = TOPIC.matcher(fragment);
        if (topic.lookingAt() && PERSONAL.matcher(fragment).region(topic.end(), fragment.length()).find()) {
            // "What about Foxx, what did he win?" (read as "Foxx, what did he win?"): the name set before the
            // question is whom its pronoun means, whoever the conversation was about.
            String question = fragment.substring(topic.end());
            question = question.substring(0, 1).toUpperCase(Locale.ROOT) + question.substring(1);
            return withThere(withPerson(question, topic.group(1)), earlier, person);
        }
        return withThere(withPerson(fragment, person), earlier, person);
    }

    /**
     * The fragment with a "there" that stands for a place replaced by the place the latest question to name one
     * named: "How many died there?" after "Who is the governor of Kharkiv?" asks how many died in Kharkiv; not the
     * {@code person} the conversation is about.
     */
    private String withThere(String fragment, List<Turn> earlier, String person) {
        // "…put on Adriano?" names a person the conversation is about, not where "there" is.
        String place = FollowUpReader.latest(earlier, t -> {
            String named = PlacePhrase.named(QuestionAnalysis.asked(t.question()));
            return named == null || named.equals(person) || composer.isPerson(named) ? null : named;
        }, null);
        return place == null ? fragment : PlacePhrase.forThere(fragment, place);
    }

    /**
     * The fragment with its first personal pronoun replaced by the person the latest turn to name one gave, in its
     * answer or else in its question: "How many hits did he count?" after "Who is the governor of Kharkiv?" is about
     * Oleh Synehubov, "When did he say it?" after "How many regions did Zelensky say were hit?" about Zelensky. A
     * pronoun for a thing is left as typed: the names an answer gives for a thing are less sure, and "it" points back
     * to the question's subject as often as to its answer.
     */
    private static String withPerson(String fragment, String person) {
        Matcher m = PERSONAL.matcher(fragment);
        if (person == null || !m.find()) {
            return fragment;
        }
        String pronoun = m.group(1).toLowerCase(Locale.ROOT);
        boolean possessive = pronoun.equals("his")
                || pronoun.equals("her") && FollowUpReader.nounFollows(fragment, m.end());
        return fragment.substring(0, m.start()) + person + (possessive ? "'s" : "") + fragment.substring(m.end());
    }

    /**
     * The person the latest turn to name one gave, in its answer or else in its question, or null. An answer's name
     * the corpus does not know as a person's gives way to a person its question names: "Who is Michael Howard?" is
     * answered by "Tory leader Michael Howard…", and "he" next is Michael Howard, not "Tory". A turn whose answer
     * gave no one stands for the person its question named or asked about by role ("What did the governor of
     * Kharkiv say?": "he" next is the governor of Kharkiv).
     */
    private String lastPerson(List<Turn> earlier) {
        return FollowUpReader.latest(earlier, t -> {
            String question = QuestionAnalysis.asked(t.question());
            String asked = personNamed(question);
            String given = t.given().type() == AnswerType.PERSON ? t.given().text() : "";
            if (given.isBlank()) {
                // Asked about by name, else by role ("What did the governor of Kharkiv say?", answered with no name).
                return asked != null ? asked : roleNamed(question);
            }
            return asked != null && !composer.isPerson(given) ? asked : given;
        }, null);
    }

    /**
     * What the last answer counted, which "How many of those…?" asks about when the question before named nothing
     * counted: the words after the count it gave ("43 injured since Friday": "injured"), else the plural noun after a
     * figure of its quotes that most of them name, the first such on a tie ("What keeps it going?", answered with
     * "…rely on 18 diesel generators…": "diesel generators"); null when they count nothing.
     */
    static String counted(Turn last) {
        String given = last.given().text();
        if (last.given().type() == AnswerType.QUANTITY && !given.isBlank()) {
            for (Citation c : last.cited()) {
                int at = c.quote().indexOf(given);
                String after = at < 0 ? "" : wordsAfter(c.quote().substring(at + given.length()));
                if (!after.isEmpty()) {
                    return after;
                }
            }
        }
        Map<String, String> phrases = new LinkedHashMap<>();
        for (Citation c : last.cited()) {
            for (Quantity q : QuantityParser.parse(c.quote())) {
                Matcher m = COUNTED.matcher(c.quote()).region(q.end(), c.quote().length());
                if (!q.percent() && !q.ordinal() && m.lookingAt()) {
                    phrases.putIfAbsent(head(m.group(1)), m.group(1));
                }
            }
        }
        String best = null;
        long most = 0;
        for (String head : phrases.keySet()) {
            Pattern word = Pattern.compile("(?i)\\b" + Pattern.quote(head) + "\\b");
            long naming = last.cited().stream().filter(c -> word.matcher(c.quote()).find()).count();
            if (naming > most) {
                best = phrases.get(head);
                most = naming;
            }
        }
        return best;
    }

    /** The words in lowercase that open the text, up to the first of grammar ("injured" of " injured since…"). */
    private static String wordsAfter(String text) {
        Matcher word = LOWER_WORD.matcher(text);
        int end = 0;
        for (int n = 0; n < 3 && word.lookingAt() && !FollowUpReader.isGrammarWord(word.group(1)); n++) {
            end = word.end();
            word.region(end, text.length());
        }
        return text.substring(0, end).strip();
    }

    private static final Pattern LOWER_WORD = Pattern.compile("\\s+(\\p{Ll}[\\p{Ll}-]*)");

    private static String head(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1);
    }

    /** The first name in the question, past its first word, that the corpus knows as a person's, or null. */
    private String personNamed(String question) {
        Matcher m = NAME_RUN.matcher(question);
        while (m.find()) {
            String name = m.group().replaceAll("[’']s$", "");
            if (m.start() > 0 && composer.isPerson(name)) {
                return name;
            }
        }
        return null;
    }

    /**
     * The person a question asks about by role, one person's ("the governor of Kharkiv", "the transport minister"),
     * or null: "the", a few words in lowercase up to the last that names what a person is, and what it is of.
     */
    private String roleNamed(String question) {
        Matcher m = ROLE_PHRASE.matcher(question);
        while (m.find()) {
            // The head of the phrase is its last word for a role: "the chief investigator", not "the chief".
            int end = -1;
            Matcher word = FollowUpReader.WORD.matcher(question).region(m.start("words"), m.end("words"));
            while (word.find()) {
                String w = word.group();
                // "He" or "she" is one person: not "the officials".
                if (!(w.endsWith("s") && !w.endsWith("ss")) && composer.isRole(w)) {
                    end = word.end();
                }
            }
            if (end >= 0) {
                Matcher of = ROLE_OF.matcher(question).region(end, question.length());
                return question.substring(m.start(), of.lookingAt() ? of.end() : end);
            }
        }
        return null;
    }
}
