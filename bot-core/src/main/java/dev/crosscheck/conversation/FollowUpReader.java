package dev.crosscheck.conversation;

import static dev.crosscheck.answer.QuestionAnalysis.QUESTION_WORDS;

import dev.crosscheck.answer.Composer;
import dev.crosscheck.answer.QuestionAnalysis;
import dev.crosscheck.answer.QuestionAnalyzer;
import dev.crosscheck.answer.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a message in the light of the conversation before it. A complete question is read as typed. A fragment
 * ("And in Lviv?") takes the last question with its place, or its other words, replaced; a short question or one
 * that points back ("Who said that?", "How many were hurt?", "Why?") is read with the last question it continues,
 * and "he" or "she" stands for the person an earlier answer gave: "What is he calling for?" after "Who is the head of
 * the UN nuclear watchdog?", answered with Rafael Grossi, asks what Rafael Grossi is calling for. "Who said that?" is
 * read so too, and {@link #asksSource} tells the command layer to answer it from the last answer's passages.
 * Only English grammar is used — question words, pronouns, prepositions — never words of a corpus.
 */
public final class FollowUpReader {
    /**
     * How a message was read, whether it continued the last question, and the conversation's story: the one the
     * latest answer to cite anything told; {@code beyond} says what of the earlier answers' it asks past. A complete
     * question is read as typed but keeps the story, since "Which police unit is the charity working with?" is
     * still about the charity of the story.
     */
    public record Reading(String question, boolean followUp, Story story, Beyond beyond) {
        public Reading(String question, boolean followUp, Story story) {
            this(question, followUp, story, Beyond.NOTHING);
        }

        static Reading alone(String question) {
            return new Reading(question, false, Story.NONE);
        }

        /** Asks past what the answers have shown ("Tell me more", "Who else…?"). */
        public boolean more() {
            return beyond != Beyond.NOTHING;
        }

        /** Asks past the articles the last answer quoted ("What do the other sources say?"). */
        public boolean elsewhere() {
            return beyond == Beyond.QUOTED_ARTICLES;
        }
    }

    /** What of the earlier answers a message asks past: nothing, the passages they showed, or their articles. */
    public enum Beyond { NOTHING, SHOWN_PASSAGES, QUOTED_ARTICLES }

    /** A request for more on the last question: "Tell me more", "More?", "Anything else?", "Go on". */
    private static final Pattern MORE = Pattern.compile("(?i)^\\W*(?:(?:and|please|ok|okay)\\W+)*(?:(?:tell|show|give)"
            + "\\s+me\\s+more|more|any(?:thing)?\\s+(?:more|else)|what\\s+else|go\\s+on|more\\s+(?:please|details?|on\\s+"
            + "(?:that|this|it)))(?:\\W+please)?\\W*$");
    /**
     * What the other sources say on the last question: "What does the other source say?", "And the other reports?",
     * "Do the others agree?".
     */
    private static final Pattern ELSEWHERE = Pattern.compile("(?i)^\\W*(?:(?:and|so|but)\\W+)?(?:(?:what|how)\\s+"
            + "(?:about\\s+|(?:does|do|did)\\s+)|(?:does|do|did)\\s+)?(?:the\\s+)?(?:other|others|another)(?:\\s+"
            + "(?:sources?|reports?|outlets?|papers?|newspapers?|articles?|ones?))?(?:\\s+(?:say|said|report|reported|"
            + "write|wrote|agree|think|give|gave)(?:\\s+(?:so|that|about\\s+(?:it|this|that)))?)?\\W*$");
    /**
     * Whether the last answer holds: "Is that true?", "Are you sure?", "Can anyone confirm that?". What the other
     * sources say on the last question is how it is checked.
     */
    private static final Pattern CHECKING = Pattern.compile("(?i)^\\W*(?:(?:and|but|so|ok|okay|hm+)\\W+)?(?:"
            + "(?:is|was)\\s+(?:that|this|it)\\s+(?:really\\s+)?(?:true|right|correct|confirmed|accurate|so)"
            + "|are\\s+you\\s+(?:sure|certain)|really"
            + "|(?:can|could)\\s+(?:you|anyone|anybody|someone)\\s+confirm(?:\\s+(?:that|this|it))?"
            + "|(?:does|do|did)\\s+(?:anyone|anybody|anything)\\s+(?:else\\s+)?(?:confirm|back|support)\\s+"
            + "(?:that|this|it)(?:\\s+up)?|confirmed)\\W*$");
    /** What one says: "Who gave those figures?" asks whose they are; "Who made it?" asks who built it. */
    private static final String STATEMENT = "(?:figures?|numbers?|account|claims?|estimates?|reports?|statements?|"
            + "toll)";
    /**
     * Whom, or which report, the last answer's words come from: "Who said that?", "Who gave those figures?",
     * "According to whom?", "Says who?", "Who is the source of that?", "Which article says that?", "Where did you
     * read that?", "Source?" ("Sources?" lists the folder's sources).
     */
    private static final Pattern SOURCE_ASKED = Pattern.compile("(?i)^\\W*(?:(?:and|so|but|ok|okay)\\W+)?(?:who\\s+"
            + "(?:said|says|say|told|tells|reported|reports|claimed|claims|stated|states|announced|confirmed|"
            + "confirms)\\s+(?:that|this|"
            + "those|these|it|so)(?:\\s+" + STATEMENT + ")?"
            + "|who\\s+(?:gave|gives|made|makes)\\s+(?:that|this|those|these)\\s+" + STATEMENT
            + "|(?:says|said)\\s+who|according\\s+to\\s+(?:whom|who)"
            + "|who(?:['’]s|\\s+is|\\s+was)\\s+(?:saying|claiming)\\s+(?:that|this|so)"
            + "|who(?:['’]s|\\s+is)\\s+the\\s+source(?:\\s+(?:for|of)\\s+(?:that|this|it))?"
            + "|(?:which|what)\\s+(?:article|source|report|outlet|paper|story|one)\\s+(?:says?|said|reports?|reported|"
            + "gives?|gave|has|had|mentions?|mentioned)\\s+(?:that|this|it|so)"
            + "|where\\s+(?:did|do|does)\\s+(?:you\\s+(?:read|get|find|see|hear)\\s+(?:that|this|it)"
            + "|(?:that|this|it)\\s+come\\s+from)|where(?:['’]s|\\s+is|\\s+was)\\s+(?:that|this|it)\\s+from"
            + "|(?:what(?:['’]s|\\s+is|\\s+was)\\s+)?(?:the\\s+|your\\s+)?source"
            + "(?:\\s+(?:for|of|on)\\s+(?:that|this|it))?)\\W*$");
    /** "Who else…?", "Where else…?": asked past what the conversation has been shown. */
    private static final Pattern ELSE = Pattern.compile("(?i)\\b(?:who|what|where|which|when|how)\\s+else\\b");

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "do", "does", "did", "has",
            "have", "had", "can", "could", "will", "would", "should", "may", "might");
    private static final Set<String> POINTERS = Set.of("it", "its", "he", "him", "his", "she", "her", "they", "them",
            "their", "that", "this", "those", "these", "there", "then", "such", "other",
            // "Who else won?": besides what the conversation has been told.
            "else");
    /** The personal pronouns among the pointers; the others point back only where nothing follows them. */
    private static final Set<String> PRONOUNS = Set.of("it", "he", "him", "she", "her", "they", "them");
    private static final Set<String> CLOSING = Set.of("that", "this", "there");
    /** Pointers to a thing, which a question's own subject can be the antecedent of. */
    private static final Set<String> THINGS = Set.of("it", "its", "they", "them", "their");
    /** Words that open a message continuing the last one. */
    private static final Pattern CONTINUATION = Pattern.compile(
            "(?i)^\\s*(?:(?:and )?(?:the )?same (?:for|in|with)|and what about|and how about|what about|how about|"
            + "and|but|also|so|then)\\b[\\s,]*");
    private static final Set<String> PREPOSITIONS = Set.of("for", "since", "until", "till", "by", "from", "to", "with",
            "in", "on", "at", "of", "about", "after", "before");
    /** The particles of phrasal verbs: "ruled out", "shot down". */
    private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "over", "back", "away");
    private static final Set<String> FUNCTION_WORDS = Stream.concat(Stream.of("a", "an", "the",
            "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "and", "or", "but", "many", "much",
            "did", "do", "does", "is", "are", "was", "were", "be", "been", "has", "have", "had", "there", "any",
            "some", "more", "most", "than"),
            // "How many were shot down?" names no more than "How many were hit?".
            PARTICLES.stream()).collect(Collectors.toUnmodifiableSet());
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’\\-]+");
    /** Possessives, which a name earlier in the same question can own. */
    private static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their");

    /** Pronouns that can be a question's subject, whose place a thing after "and" or "what about" takes. */
    private static final Set<String> SUBJECTS = Set.of("it", "he", "she", "they");
    private static final Pattern DETERMINER = Pattern.compile("(?i)^(?:the|a|an)\\s+");

    /** A message with letters, none of them Latin. */
    static final Pattern OTHER_SCRIPT = Pattern.compile("(?=.*\\p{L})[^\\p{IsLatin}]*", Pattern.DOTALL);

    /** What the reader asks of the corpus; by grammar alone it asks nothing and answers nothing. */
    private final Composer composer;
    /** What a follow-up the patterns do not read asks of the last answer, by written examples. */
    private final FollowUpIntents intents;
    /** Who or where a pronoun of the message stands for. */
    private final Antecedents antecedents;

    /** A reader by grammar alone: a complete question is always a new one, and nothing is like anything else. */
    public FollowUpReader() {
        this((question, story) -> {
            throw new UnsupportedOperationException("a reader by grammar alone answers nothing");
        });
    }

    /**
     * A reader that asks the composer (its embedding model and the corpus's names) whether a complete question that
     * refers with "the" and names nothing ("Who is bringing the case?") is about the conversation's story, which
     * word of the last question a thing named after "what about" stands for ("the injured" for "killed"), and whether
     * a name an earlier question gave is a person's, whom "he" or "she" may stand for.
     */
    public FollowUpReader(Composer composer) {
        this.composer = composer;
        this.antecedents = new Antecedents(composer);
        this.intents = new FollowUpIntents(composer);
    }

    /**
     * What a follow-up the patterns above do not read asks of the last answer, by the written examples nearest in
     * meaning ("give me the gist", "can I trust that"): {@link FollowUpIntents}.
     */
    public FollowUpIntents.Intent intentOf(String message) {
        return intents.of(message);
    }

    /** Reads a message given the conversation's earlier turns (oldest first). */
    public Reading read(String typed, List<Turn> earlier) {
        Reading reading = readAlong(earlier.isEmpty() ? typed : corrected(typed), earlier);
        return reading.followUp() && ELSE.matcher(typed).find()
                ? new Reading(reading.question(), true, reading.story(), Beyond.SHOWN_PASSAGES) : reading;
    }

    /** "No, I meant the union", "sorry, I mean to ask…": a message that corrects what the last one asked. */
    private static final Pattern CORRECTION = Pattern.compile("(?i)^\\W*(?:(?:no|nope|sorry|oops|ah|oh)\\W+)*i\\s+"
            + "(?:meant|mean)\\b[\\s,:]*(?:to\\s+(?:ask|say)\\b[\\s,:]*)?");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!;]\\s+");

    /**
     * A correction read as what it corrects to: the question it goes on to ask ("no, I meant the union. what did the
     * union say about the package?" asks the second sentence, as it would be asked alone), else what it names in the
     * place of its like in the last question, as "what about" would ("no, I meant the union"). A fresh user's
     * correction had been read whole, its first sentence among the words looked for, and found nothing.
     */
    static String corrected(String typed) {
        Matcher m = CORRECTION.matcher(typed);
        if (!m.lookingAt() || m.end() == typed.length()) {
            return typed;
        }
        String rest = typed.substring(m.end()).strip();
        Matcher sentence = SENTENCE_BREAK.matcher(rest);
        if (sentence.find() && asksSomething(words(rest.substring(sentence.end())))) {
            return rest.substring(sentence.end());
        }
        return asksSomething(words(rest)) ? rest : "what about " + rest;
    }

    /** Whether the message asks where the last answer comes from ("Who said that?", "Which article says that?"). */
    public static boolean asksSource(String message) {
        return SOURCE_ASKED.matcher(message.strip()).matches();
    }

    /** Whether the message has letters and none of them is Latin: "Кто мэр Киева?", "מה קרה?". */
    public static boolean isOtherScript(String message) {
        return OTHER_SCRIPT.matcher(message.strip()).matches();
    }

    private Reading readAlong(String typed, List<Turn> earlier) {
        String text = typed.strip();
        if (earlier.isEmpty() || isOtherScript(text)) {
            // Words in another script ("מה קרה?") continue no English question: they would be read as the last one.
            return Reading.alone(text);
        }
        Turn last = earlier.get(earlier.size() - 1);
        Story story = latest(earlier, t -> t.told().isEmpty() ? null : t.told(), Story.NONE);
        if (MORE.matcher(text).matches()) {
            // More passages for the question the last answer was about, past those already shown.
            return new Reading(last.about(), true, story, Beyond.SHOWN_PASSAGES);
        }
        if (ELSEWHERE.matcher(text).matches() || CHECKING.matcher(text).matches()) {
            // The question the last answer was about, asked of the articles it did not quote.
            return new Reading(last.about(), true, story, Beyond.QUOTED_ARTICLES);
        }
        Matcher continuation = CONTINUATION.matcher(text);
        boolean continues = continuation.find() && continuation.end() < text.length();
        String rest = topicalised(continues ? text.substring(continuation.end()) : text);
        List<String> words = words(rest);
        boolean asks = asksSomething(words);
        if (continues && asks) {
            // "And what did the Lib Dems say?" reads as a question of its own once its "and" is gone: "What did…".
            rest = capitalised(rest);
        }
        Matcher one = WHICH_ONE.matcher(rest);
        String thing = one.find() ? askedThing(last.question()) : null;
        if (thing != null) {
            // "Which one?" after "What's going on with the nuclear plant?" asks which nuclear plant, alone.
            String after = rest.substring(one.end(1)).replaceAll("[?.!\\s]+$", "");
            return new Reading(rest.substring(0, one.start(1)) + thing + after + "?", true, story);
        }
        Matcher ofThose = HOW_MANY_OF_THOSE.matcher(rest);
        String counted = ofThose.find() && askedThing(last.question()) == null ? Antecedents.counted(last) : null;
        if (counted != null) {
            // "How many of those does it have?" after an answer that counted "18 diesel generators" asks how many
            // diesel generators: the question before named no such thing for the words it carries to find them.
            // It still continues that question.
            rest = rest.substring(0, ofThose.start(1)) + counted + rest.substring(ofThose.end(1));
            words = words(rest);
        }
        boolean points = counted != null || pointsBack(words) && !ownedByItsName(rest);
        long content = words.stream().filter(w -> !FUNCTION_WORDS.contains(w) && !QUESTION_WORDS.contains(w)
                && !POINTERS.contains(w)).count();
        boolean complete = !continues && asks && !points && (content >= 2 || DEFINITION.matcher(rest).matches());
        // One that refers with "the" and names nothing may mean what the story told of: the embedding model decides.
        if (complete && !(definiteAndUnnamed(words, text) && !story.isEmpty() && composer.isAbout(text, story))) {
            return new Reading(text, false, story);
        }
        String fragment = antecedents.resolved(stripped(rest), earlier);
        List<String> resolvedWords = words(fragment);
        if (!continues && asks && points && !pointsBack(resolvedWords) && !resolvedWords.equals(words)) {
            // "How old is he?" read as "How old is Vitali Klitschko?" asks that alone: the earlier questions' words
            // would cover sentences about what he did, not about him.
            return new Reading(fragment + "?", true, story);
        }
        if (!asks && TimePhrase.is(fragment)) {
            // A time alone takes the time of the last question's, or is added to it ("And by the evening?"); a day
            // counted from the one asked about is named ("And the next day?" after Friday: "on Saturday"), else from
            // the day of the report the answer quoted ("And the day before?" after Thursday's count of the ill).
            String weekday = latest(earlier, t -> TimePhrase.weekdayOf(t.question()).or(() -> reportDay(t))
                    .orElse(null), null);
            String time = weekday == null ? fragment : TimePhrase.dayCounted(fragment, weekday).orElse(fragment);
            // Another time is most often told by another report than the one the last answer quoted, so the
            // question, which keeps the last one's words, is asked of every article rather than read in its story.
            // After "Who said that?" the time is the question's that was answered ("What about on Thursday?" after
            // "Is the plant still open?" and "Who said that?": a fresh user's had become "Who said that on Thursday?").
            String timed = asksSource(last.typed()) ? last.about() : last.question();
            return new Reading(TimePhrase.into(timed, time), true, Story.NONE);
        }
        if (!asks && PlacePhrase.isPlace(fragment)) {
            // A place alone takes the place of the last question's ("And in Lviv?"); when that question names none
            // and is one of its own ("How many were hurt?" after a question about Kharkiv), it is added to it.
            String own = stripped(QuestionAnalysis.asked(last.question()));
            List<String> ownWords = words(own);
            boolean ownQuestion = PlacePhrase.named(own) == null && asksSomething(ownWords) && !pointsBack(ownWords);
            String swapped = ownQuestion && PlacePhrase.attaches(fragment) ? withPlaceAdded(last.question(), fragment)
                    : swappedPlace(last.question(), fragment, false);
            if (swapped == null && PlacePhrase.attaches(fragment)) {
                swapped = withPlaceAdded(last.question(), fragment);
            }
            if (swapped != null) {
                return new Reading(swapped, true, story);
            }
        }
        if (continues && PlacePhrase.isName(fragment)) {
            // A name after "and" or "what about" takes the place of a name like it ("And Yahoo?" after "How much did
            // Google earn?"), else of the question's place, behind its own preposition ("What about Lviv?" after
            // "Who is the mayor of Kyiv?"). Without those words a capitalised word may only open a sentence.
            String swapped = swappedThing(last.question(), fragment);
            if (swapped == null) {
                swapped = swappedPlace(last.question(), fragment, true);
            }
            if (swapped != null) {
                return new Reading(swapped, true, story);
            }
        } else if (continues && !asks && (words.isEmpty() || !PREPOSITIONS.contains(words.get(0)))) {
            // Any other thing after "and" or "what about" takes the place of its like in the last question, which
            // keeps its place and time ("What about the injured?" after "How many were killed in Lviv?"); a phrase
            // opened by a preposition ("and in the uk?", typed without the capitals of a name) is no thing.
            String swapped = swappedThing(last.question(), fragment);
            if (swapped != null) {
                return new Reading(swapped, true, story);
            }
        }
        if (!continues && !points && !isQuestion(text)) {
            // "Thanks", "ok": no question, nothing pointing back, so nothing to read with the conversation.
            return Reading.alone(text);
        }
        // Anything else short or pointing back is read with the question it continues; a question that names someone
        // or something of its own ("And what did Klitschko say?" after "What did Zelensky say?") asks about that, so
        // the names of the questions it continues are set aside, marked "…".
        // After "Who said that?" the conversation is still about the question answered before it, not about whom.
        String carried = context(asksSource(last.typed()) ? last.about() : last.question());
        if (continues && asks && !points && namesAnything(fragment)) {
            carried = withoutNames(carried);
        }
        return new Reading(fragment + AFTER + carried + ")", true, story);
    }

    private static final String AFTER = "? " + QuestionAnalysis.CONTEXT;

    /** A topic put before the question it is about: "clear channel, how much did they have to pay over him?". */
    private static final Pattern TOPIC_FIRST = Pattern.compile("^(?i:as for\\s+)?(?<topic>[^,?;:]{2,60}),\\s+"
            + "(?<question>(?i:" + String.join("|", QUESTION_WORDS) + ")\\b.*)$");
    /** A pronoun that may stand for a topic put first: the first one the question has. */
    private static final Pattern TOPIC_POINTER = Pattern.compile("(?i)\\b(they|them|their|it|its|he|him|his|she|"
            + "her)\\b");

    /**
     * A message that puts its topic before its question asks the question about it: "clear channel, how much did
     * they have to pay over him?" reads "how much did clear channel have to pay over him?", its first "they" or
     * "it" standing for the topic ("their view": "the Lib Dems' view"), as a "he" or "she" does ("the captain, how old
     * is he?", which a fresh user's chat had read with the ship the answer before named). Else the message as typed:
     * when the question points at nothing the topic could be, or what comes first is a phrase of place, time or
     * source ("In Lviv, …", "According to the report, …").
     */
    static String topicalised(String message) {
        Matcher m = TOPIC_FIRST.matcher(message.strip());
        List<String> topicWords = m.matches() ? words(m.group("topic")) : List.of();
        if (topicWords.isEmpty() || topicWords.stream().anyMatch(QUESTION_WORDS::contains)
                || QuestionAnalyzer.isSetting(m.group("topic"))) {
            return message;
        }
        String question = m.group("question");
        Matcher pointer = TOPIC_POINTER.matcher(question);
        if (!pointer.find()) {
            return message;
        }
        String topic = m.group("topic").strip();
        boolean possessive = pointer.group(1).toLowerCase(Locale.ROOT).matches("their|its|his");
        String owner = !possessive ? "" : topic.endsWith("s") ? "'" : "'s";
        return question.substring(0, pointer.start()) + topic + owner + question.substring(pointer.end());
    }

    /** "Who is Klitschko?", "What is a Kinzhal?": asks only what a name is, which is complete with one word. */
    private static final Pattern DEFINITION = Pattern.compile("^\\W*(?i:who|what)(?:\\s+(?i:is|are|was|were)|['’]s)"
            + "\\s+(?:(?i:a|an|the)\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s*){1,4}[?.!]*\\s*$");
    /** "How many of those…": what the pointer stands for is counted. */
    private static final Pattern HOW_MANY_OF_THOSE = Pattern.compile(
            "(?i)\\bhow\\s+many\\s+(of\\s+(?:those|these|them))\\b");
    /** "Which one?", "what ones": "one" stands for the thing the last question asked about. */
    private static final Pattern WHICH_ONE = Pattern.compile("(?i)^\\W*(?:which|what)\\s+(ones?)\\b(?!\\s+of\\b)");
    /** The noun a question counts or picks among: "missiles" in "How many missiles did Russia launch?". */
    private static final Pattern COUNTED_THING = Pattern.compile("(?i)\\b(?:how many|which|what)\\s+((?:[\\p{L}-]+\\s+)"
            + "{0,2}?[\\p{L}-]+)\\s+(?:did|do|does|was|were|is|are|has|have|had|will|would|can|could)\\b");
    /** A question's closing noun phrase: "the nuclear plant" in "What's going on with the nuclear plant?". */
    private static final Pattern CLOSING_THING = Pattern.compile(
            "(?i)\\bthe\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)\\W*$");

    /**
     * The thing a question asks about, as "one" may stand for it: the noun it counts or picks among, else its closing
     * noun phrase; null when it has neither ("What did Grossi say?").
     */
    private static String askedThing(String question) {
        String asked = QuestionAnalysis.asked(question);
        Matcher counted = COUNTED_THING.matcher(asked);
        if (counted.find()) {
            return counted.group(1);
        }
        Matcher closing = CLOSING_THING.matcher(asked);
        return closing.find() ? closing.group(1) : null;
    }

    /**
     * Whether a word of the message points back to the conversation. "It" or "their" after "which" and a noun is
     * that noun's own: "Which nuclear power plant lost its link to the grid?" is a complete question; "Which of them
     * was hit?" is not. "So" closing the message stands for what was said, as "that" does ("Who said so?", "Why do
     * they think so?"); elsewhere it is an adverb ("so far").
     */
    private static boolean pointsBack(List<String> words) {
        boolean ownSubject = hasOwnSubject(words);
        return words.stream().anyMatch(w -> POINTERS.contains(w) && !(ownSubject && THINGS.contains(w)))
                || !words.isEmpty() && words.get(words.size() - 1).equals("so");
    }

    /**
     * "Which" and a noun open the message: an "it" or "their" after them is that noun's ("Which company said its
     * profits rose?"), unless it is the subject of the question's auxiliary ("Which hospital were they taken to?").
     */
    private static boolean hasOwnSubject(List<String> words) {
        if (words.size() < 2 || !words.get(0).equals("which") || FUNCTION_WORDS.contains(words.get(1))
                || POINTERS.contains(words.get(1))) {
            return false;
        }
        for (int i = 2; i + 1 < words.size(); i++) {
            if (AUXILIARIES.contains(words.get(i))) {
                return !THINGS.contains(words.get(i + 1));
            }
        }
        return true;
    }

    /**
     * The word by which a message that names nothing else stands for something an earlier turn named: a personal
     * pronoun ("it" in "Where did it happen?", "he" in "How old is he?"), or "that", "this" or "there" closing it
     * ("Who said that?"), if it has one. Asked first in a conversation, nothing earlier says what that is. A message
     * with words of its own beside one ("How long will it take to restore power?") is read as what it says.
     */
    public static Optional<String> pointer(String message) {
        List<String> words = words(message);
        if (ownWords(words) > 1) {
            return Optional.empty();
        }
        boolean ownSubject = hasOwnSubject(words);
        for (String w : words) {
            if (PRONOUNS.contains(w) && !(ownSubject && THINGS.contains(w))) {
                return Optional.of(w);
            }
        }
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        return CLOSING.contains(last) ? Optional.of(last) : Optional.empty();
    }

    /**
     * Whether a message names something of its own: a word that is no question word, auxiliary, function word or
     * pointer ("How many" and "Who did it" name nothing; "How many died" does).
     */
    public static boolean namesSomething(String message) {
        return ownWords(words(message)) > 0;
    }

    private static long ownWords(List<String> words) {
        return words.stream().filter(w -> !QUESTION_WORDS.contains(w) && !AUXILIARIES.contains(w)
                && !FUNCTION_WORDS.contains(w) && !POINTERS.contains(w)).count();
    }

    /**
     * The question refers with "the" and names nothing, no name after its first word and no figure: "the case" in
     * "Who is bringing the case?" is one already told of, if the conversation's story tells of one.
     */
    private static boolean definiteAndUnnamed(List<String> words, String text) {
        return words.contains("the") && !namesAnything(text)
                && words(text).stream().noneMatch(w -> Character.isDigit(w.codePointAt(0)));
    }

    /**
     * Whether the message's first pointer is a possessive after a name (its first word, capitalised anyway, aside):
     * "her" in "How many firms is Britney Spears suing over her tour?" is Britney Spears's, not the conversation's.
     * Other pronouns are not: "it" in "Who does Kyiv blame for it?" cannot be Kyiv.
     */
    private static boolean ownedByItsName(String message) {
        Matcher m = WORD.matcher(message);
        boolean first = true;
        boolean named = false;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (POINTERS.contains(word)) {
                return named && POSSESSIVES.contains(word) && (!word.equals("her") || nounFollows(message, m.end()));
            }
            named |= isName(m.group(), first);
            first = false;
        }
        return false;
    }

    /** Whether the question names something: a capitalised word after its first. */
    private static boolean namesAnything(String question) {
        Matcher m = WORD.matcher(question);
        boolean first = true;
        while (m.find()) {
            if (isName(m.group(), first)) {
                return true;
            }
            first = false;
        }
        return false;
    }

    /** The carried questions with each run of names after a question's first word made "…". */
    private static String withoutNames(String carried) {
        List<String> out = new ArrayList<>();
        for (String question : carried.split("; ")) {
            StringBuilder q = new StringBuilder();
            Matcher m = WORD.matcher(question);
            int at = 0;
            boolean first = true;
            boolean inRun = false;
            while (m.find()) {
                boolean name = isName(m.group(), first);
                if (!(name && inRun)) {
                    q.append(question, at, m.start()).append(name ? "…" : m.group());
                }
                at = m.end();
                inRun = name;
                first = false;
            }
            out.add(q.append(question.substring(at)).toString());
        }
        return String.join("; ", out);
    }

    /** A capitalised word other than the message's first, which is capitalised anyway. */
    private static boolean isName(String word, boolean first) {
        return !first && Character.isUpperCase(word.codePointAt(0));
    }

    /** The weekday, in lower case, of the report a turn's answer quoted first, when it says. */
    private Optional<String> reportDay(Turn t) {
        return t.cited().stream().findFirst().flatMap(c -> composer.reportDay(c.source()))
                .map(d -> d.name().toLowerCase(Locale.ROOT));
    }

    /** What the latest turn that has one gives ({@code of} is null for a turn that has none), else {@code none}. */
    static <T> T latest(List<Turn> earlier, Function<Turn, T> of, T none) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            T value = of.apply(earlier.get(i));
            if (value != null) {
                return value;
            }
        }
        return none;
    }

    /** A word of grammar: a function word, an auxiliary, a preposition or a relative pronoun. */
    static boolean isGrammarWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return FUNCTION_WORDS.contains(w) || AUXILIARIES.contains(w) || PREPOSITIONS.contains(w)
                || QUESTION_WORDS.contains(w) || w.equals("that");
    }

    /** A word that is no function word follows: "her" is then a possessive ("her tour", not "to her"). */
    static boolean nounFollows(String text, int at) {
        List<String> next = words(text.substring(at));
        return !next.isEmpty() && !FUNCTION_WORDS.contains(next.get(0)) && !QUESTION_WORDS.contains(next.get(0));
    }

    /** A question as the context of the next one: an earlier reading's own context is kept, flattened. */
    private static String context(String question) {
        String carried = carried(question);
        if (carried == null) {
            return stripped(question);
        }
        // A reading of punctuation alone ("And ?") asked nothing to carry.
        String asked = stripped(QuestionAnalysis.asked(question));
        return asked.isEmpty() ? stripped(carried) : asked + "; " + stripped(carried);
    }

    /**
     * A reading as one short line for a chat: what the message asked and the latest question it continues that names
     * something ("Who runs it? (after: Where is the nuclear plant)"; "Where? (after: How many were killed in Lviv)"
     * after "When?", not "(after: When)"), without the others the reading also carries.
     */
    public static String shortened(String reading) {
        List<String> questions = QuestionAnalysis.questions(reading);
        if (questions.size() == 1) {
            return reading;
        }
        List<String> carried = questions.subList(1, questions.size());
        String shown = carried.stream().filter(FollowUpReader::namesSomething).findFirst().orElse(carried.get(0));
        return QuestionAnalysis.asked(reading) + QuestionAnalysis.CONTEXT + shown + ")";
    }

    /** The questions a reading carries, latest first ("Who gave that account; How many…"), or null when none. */
    private static String carried(String reading) {
        int at = reading.indexOf(AFTER);
        return at < 0 ? null : reading.substring(at + AFTER.length()).replaceAll("\\)$", "");
    }

    /**
     * The last reading with its place swapped for {@code place} ("in the west? (after: How many people were killed in
     * the Dnipro region)" asks how many were killed in the west); null when it names none.
     */
    private static String swappedPlace(String reading, String place, boolean bare) {
        return swapped(reading, question -> PlacePhrase.into(question, place, bare));
    }

    /** The last reading with {@code thing} in the place of its like; null when no word is near enough. */
    private String swappedThing(String reading, String thing) {
        if (words(thing).isEmpty()) {
            return null;
        }
        return swapped(reading, question -> asksSomething(words(question)) ? withThing(question, thing) : null);
    }

    /**
     * The last reading changed by {@code change} (null: it cannot be): in the words it asked, keeping what they
     * carried ("How much will it cost in the UK? (after: When will…)" becomes "How much will it cost in the US?
     * (after: When will…)"), else in the latest question it carried that can be ("What about the injured?" after
     * "Who said that? (after: How many were killed in Lviv)" changes the question the chain is about).
     */
    private static String swapped(String reading, UnaryOperator<String> change) {
        String carried = carried(reading);
        if (carried == null) {
            String whole = change.apply(stripped(reading));
            return whole == null ? null : whole + "?";
        }
        String asked = change.apply(stripped(QuestionAnalysis.asked(reading)));
        if (asked != null) {
            return asked + AFTER + carried + ")";
        }
        for (String question : questionsIn(carried)) {
            String whole = change.apply(question);
            if (whole != null) {
                return whole + "?";
            }
        }
        return null;
    }

    /** The questions a reading carried, latest first, without the fragments among them ("in Lviv"). */
    private static List<String> questionsIn(String carried) {
        return Arrays.stream(carried.split("; ")).map(FollowUpReader::stripped)
                .filter(q -> asksSomething(words(q))).toList();
    }

    /**
     * The question a reading continues with {@code place} (a place after its preposition) added at its end, for a
     * chain that names no place to swap: "And in Lviv?" after "How many people were killed?", or after "Who said
     * that? (after: How many people were killed)", asks how many people were killed in Lviv; after "How many were
     * hurt? (after: Who gave that account)", a question of its own that points nowhere, how many were hurt in Lviv.
     */
    private static String withPlaceAdded(String reading, String place) {
        String carried = carried(reading);
        String asked = stripped(QuestionAnalysis.asked(reading));
        List<String> words = words(asked);
        List<String> continued = carried == null || asksSomething(words) && !pointsBack(words)
                ? List.of(asked) : questionsIn(carried);
        return continued.isEmpty() ? null : continued.get(0) + " " + place + "?";
    }

    /**
     * Whether a message asks a question of its own, as it is typed: it opens as a question does, points back to
     * nothing and names something to ask about ("What was the magnitude?", "Who is leading the rescue?"). "Why?",
     * "And in Lviv?" and "How old is he?" do not.
     */
    public static boolean standsAlone(String message) {
        String text = message.strip();
        List<String> words = words(text);
        return !CONTINUATION.matcher(text).find() && asksSomething(words) && !pointsBack(words)
                && !ownWords(text).isEmpty();
    }

    /** The words a message asks about itself: not its question words, function words or pointers ("hit"). */
    public static List<String> ownWords(String message) {
        return words(message.strip()).stream().filter(w -> !FUNCTION_WORDS.contains(w) && !QUESTION_WORDS.contains(w)
                && !POINTERS.contains(w)).toList();
    }

    /**
     * Whether a message turns to a thing of its own: "what about the factory?", "how about the trains?", neither a
     * time nor a place. Read with the questions before, where the thing has no like to take the place of, it asks
     * them again; asked alone, it asks about the thing.
     */
    public static boolean turnsTo(String message) {
        Matcher m = TURN.matcher(message.strip());
        if (!m.find()) {
            return false;
        }
        String thing = stripped(message.strip().substring(m.end()));
        return !thing.isBlank() && !TimePhrase.is(thing) && !PlacePhrase.isPlace(thing)
                && !asksSomething(words(thing)) && !pointsBack(words(thing));
    }

    /** "what about", "how about", or "and" before anything but a question word or an auxiliary ("And the band…?"). */
    private static final Pattern TURN = Pattern.compile("(?i)^(?:(?:and )?(?:what|how) about\\b|and\\b(?!\\s+(?:"
            + String.join("|", QUESTION_WORDS) + "|" + String.join("|", AUXILIARIES) + ")\\b))[\\s,]*");

    /**
     * Whether a message is put as a question: it ends with a question mark after a word, continues the last one ("and
     * in Lviv", "what about the injured"), or opens with a question word or an auxiliary. "Thanks", "ok", "???" and
     * "Summarise the story" are not.
     */
    public static boolean isQuestion(String message) {
        String text = message.strip();
        List<String> words = words(text);
        // "???" asks nothing: a question mark needs a word to ask about. "What's the death toll" asks as "what" does.
        return text.endsWith("?") && !words.isEmpty() || CONTINUATION.matcher(text).find() || asksSomething(words)
                || !words.isEmpty() && QUESTION_WORDS.contains(words.get(0).replaceFirst("['’]s$", ""));
    }

    /**
     * The words (lowercased) open as a question does: with a question word or an auxiliary, or a preposition and a
     * question word ("For how much?", "Since when?").
     */
    private static boolean asksSomething(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0);
        return QUESTION_WORDS.contains(first) || AUXILIARIES.contains(first)
                || words.size() > 1 && PREPOSITIONS.contains(first) && QUESTION_WORDS.contains(words.get(1));
    }

    /**
     * The question with {@code thing} in the place of its subject pronoun ("How many did they win?" and "the band
     * from Scotland"), else of the one word before its place nearer in meaning to the thing's new words than chance
     * and than any other: a word for a thing ("killed" for "the injured", never a time or a grammatical word), a
     * name for a name ("Google" for "Yahoo"). The words around it that the thing repeats, or the rest of its name,
     * go with it ("best film" for "best actress", "Vitali Klitschko" for "Zelensky"). Null when none is near enough.
     */
    private String withThing(String question, String thing) {
        // A thing with a place of its own ("the governor of Odesa") brings it, and the question's place goes.
        String unplaced = PlacePhrase.without(thing);
        String own = DETERMINER.matcher(unplaced).replaceFirst("");
        List<String> ownWords = words(own);
        if (ownWords.stream().noneMatch(FollowUpReader::isThingWord)) {
            return null; // "the the" names nothing to look for
        }
        if (!unplaced.equals(thing)) {
            question = PlacePhrase.without(question);
        }
        List<MatchResult> before = new ArrayList<>();
        Matcher m = WORD.matcher(question);
        int placeAt = PlacePhrase.start(question);
        while (m.find() && m.start() < placeAt) {
            if (SUBJECTS.contains(lower(m))) {
                return question.substring(0, m.start()) + thing + question.substring(m.end());
            }
            before.add(m.toMatchResult());
        }
        Set<String> repeated = Set.copyOf(ownWords);
        boolean aName = PlacePhrase.isName(own);
        // A verb with its particle ("ruled out") is no thing the message can stand for.
        String read = question;
        List<MatchResult> slots = before.stream().filter(w -> !repeated.contains(lower(w))
                && (isName(w.group(), w.start() == 0) ? aName : !aName && isThingWord(lower(w)))
                && !beforeParticle(read, w)).toList();
        Set<String> asked = before.stream().map(FollowUpReader::lower).collect(Collectors.toSet());
        String fresh = String.join(" ", ownWords.stream().filter(w -> !asked.contains(w)).toList());
        double[] like = composer.likeness(fresh.isEmpty() ? own : fresh,
                slots.stream().map(w -> lower(w).replaceAll("['’]s$", "")).toList());
        int nearest = -1;
        double best = 0;
        for (int i = 0; i < like.length; i++) {
            if (like[i] > best) {
                best = like[i];
                nearest = before.indexOf(slots.get(i));
            }
        }
        String named = DETERMINER.matcher(thing).replaceFirst("");
        if (nearest >= 0) {
            return replaced(question, before, nearest, named, repeated);
        }
        // "And the fire commander?" after "What did their spokesperson say?": a thing like no word is the subject.
        Matcher subject = SUBJECT.matcher(question);
        if (subject.matches() && placeAt == question.length()) {
            return question.substring(0, subject.start(1)) + thing + question.substring(subject.end(1));
        }
        // "How many were shot down?" leaves out what it counts, and "And drones?" says it (a name is no count).
        Matcher counted = UNCOUNTED.matcher(question);
        return counted.lookingAt() && !aName ? question.substring(0, counted.end()) + " " + named
                + question.substring(counted.end()) : null;
    }

    /**
     * The question with its word {@code at} replaced by {@code with}, and with it the neighbouring words that
     * {@code with} repeats, or for a name the rest of its name; a possessive stays one ("Google's" for "Yahoo").
     */
    private static String replaced(String question, List<MatchResult> words, int at, String with,
                                   Set<String> repeated) {
        boolean name = isName(words.get(at).group(), words.get(at).start() == 0);
        int first = at;
        while (first > 0 && goesWith(words.get(first - 1), name, repeated)) {
            first--;
        }
        if (!name && first == at && first >= 2 && isThingWord(lower(words.get(first - 1)))
                && !isName(words.get(first - 1).group(), false)
                && (DETERMINER.matcher(words.get(first - 2).group() + " ").matches()
                || POSSESSIVES.contains(lower(words.get(first - 2))))) {
            // A word between a determiner and the word replaced describes it ("the police chief", "the regional
            // governor"): the thing said in its place takes the whole phrase ("And the mayor?" asks what the mayor
            // said, not the police mayor).
            first--;
        }
        int last = at;
        while (last + 1 < words.size() && goesWith(words.get(last + 1), name, repeated)) {
            last++;
        }
        String end = words.get(last).group();
        String possessive = end.matches(".*['’]s") && !with.matches(".*['’]s") ? "'s" : "";
        return question.substring(0, words.get(first).start()) + with + possessive
                + question.substring(words.get(last).end());
    }

    private static boolean goesWith(MatchResult word, boolean name, Set<String> repeated) {
        return repeated.contains(lower(word)) || name && isName(word.group(), word.start() == 0);
    }

    private static String lower(MatchResult word) {
        return word.group().toLowerCase(Locale.ROOT);
    }

    /** The word is followed by a particle: a phrasal verb ("ruled out"), not a thing. */
    private static boolean beforeParticle(String question, MatchResult word) {
        Matcher next = WORD.matcher(question);
        return next.find(word.end()) && PARTICLES.contains(next.group().toLowerCase(Locale.ROOT));
    }

    /**
     * A question that asks what its subject did: a question word, an auxiliary, the subject (a name, or a phrase
     * of up to five words opening with a determiner) and the verb closing it, with its particle if it has one ("What
     * did their spokesperson say", "What has Ruth Abelard ruled out").
     */
    private static final Pattern SUBJECT = Pattern.compile("^(?i:what|why|how|when|where|who|whom)\\s+"
            + "(?i:did|does|do|will|would|can|could|should|has|have|had|is|was|are|were)\\s+"
            + "((?i:the|a|an|his|her|their|its|our)\\s+\\p{L}[\\p{L}'’\\-]*(?:\\s+\\p{L}[\\p{L}'’\\-]*){0,3}"
            + "|\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*)*)\\s+\\p{Ll}+(?:\\s+(?:"
            + String.join("|", PARTICLES) + "))?$");

    /** "How many" with no noun after it, before the auxiliary: the question leaves out what it counts. */
    private static final Pattern UNCOUNTED = Pattern.compile("(?i)how many(?= (?:"
            + String.join("|", AUXILIARIES) + ")\\b)");

    /**
     * A lowercase word a thing after "what about" may take the place of: none of a question's grammar (question
     * words, auxiliaries, prepositions, pronouns), no word of time and no lone punctuation.
     */
    public static boolean isThingWord(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit) && !QUESTION_WORDS.contains(word)
                && !AUXILIARIES.contains(word) && !FUNCTION_WORDS.contains(word) && !POINTERS.contains(word)
                && !TimePhrase.isTimeWord(word) && !TimePhrase.isTimeNoun(word);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static String stripped(String s) {
        return s.strip().replaceAll("[?.!\\s]+$", "");
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        // In a message not typed in capitals, "IT" and "US" are initials, not the pronouns: they stay in capitals,
        // which no list of function words or pointers holds ("What did the hospital IT director say?").
        boolean shouted = s.equals(s.toUpperCase(Locale.ROOT));
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            boolean initials = !shouted && w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))
                    && POINTERS.contains(lower);
            out.add(initials ? w : lower);
        }
        return out;
    }
}
