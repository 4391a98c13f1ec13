package dev.crosscheck.command;

import dev.crosscheck.answer.QuestionAnalysis;
import dev.crosscheck.conversation.FollowUpReader;
import dev.crosscheck.corpus.NameShape;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat message that asks for the news rather than about something in it ("What happened?", "What's the latest?",
 * "Catch me up", "What is this about?", "Summarise the story"): no search can answer it, since it names nothing to
 * look for, but a summary can; and one that names something and asks nothing of it ("Tell me about Klitschko", or
 * just "Klitschko"), which a topic's summary answers.
 */
final class Overview {
    private static final String SHORT = "short";
    /** The most words a name alone may have ("New York City"); more is a phrase, asked as a question. */
    private static final int MAX_NAME_WORDS = 3;
    /** Asking what is going on, with nothing named: answered with a short summary of the whole folder. */
    private static final Pattern NEWS = Pattern.compile("(?i)^\\W*(?:(?:so|ok|okay|hi|hey|hello|and)\\W+)*(?:"
            + "what(?:['’]s|\\s+is|\\s+are|\\s+has)?\\s+(?:been\\s+)?(?:happened|happening|going\\s+on|new"
            + "|the\\s+(?:latest(?:\\s+news|\\s+updates?)?|news|story|situation|updates?|headlines))"
            + "|(?:any|the|latest)\\s+(?:news|updates?)|anything\\s+new|catch\\s+me\\s+up|fill\\s+me\\s+in"
            + "|(?:give|tell)\\s+me\\s+the\\s+(?:news|latest|gist|headlines)"
            // What the folder itself is about: "What is this about?", "What are these articles about?"
            + "|what(?:['’]s|\\s+is|\\s+are)\\s+(?:this|it|these(?:\\s+articles|\\s+stories)?"
            + "|the\\s+(?:articles|story|news))(?:\\s+all)?\\s+about)"
            + "(?:\\s+(?:today|now|so\\s+far))?\\W*$");
    /** Asking for a summary in words: of what follows, or of the whole folder when that is the story itself. */
    private static final Pattern SUMMARISE = Pattern.compile(
            "(?i)^\\W*(?:please\\W+)?(?:summari[sz]e|sum\\s+(?:(?:it|this|that|everything)\\s+)?up)"
                    + "(?:\\s+(.*?))?\\s*(?:,?\\s*please)?[\\s.!?]*$");
    /**
     * Asking to be told about something ("Tell me about the Kinzhal", "What do you know about Klitschko?", "What's
     * the latest on the nuclear plant?", "Any news from Kyiv?"): what a topic summary gives; as a question it named a
     * topic and asked nothing of it, so it found no one sentence.
     */
    private static final Pattern ABOUT = Pattern.compile("(?i)^\\W*(?:(?:so|ok|okay|hi|hey|hello|please)\\W+)*"
            + "(?:(?:can|could|would)\\s+you\\s+)?(?:tell\\s+me\\s+(?:all\\s+|a\\s+(?:bit|little)\\s+(?:more\\s+)?)?"
            + "about|what\\s+do\\s+(?:we|you)\\s+know\\s+about"
            + "|(?:what(?:['’]s|\\s+is|\\s+are)\\s+(?:the\\s+)?(?:latest(?:\\s+news)?|news|updates?|new)"
            + "|(?:any|the\\s+latest)\\s+(?:news|updates?))\\s+(?:on|about|with|from|regarding|for))"
            + "\\s+(.*?)\\s*(?:,?\\s*please)?[\\s.!?]*$");
    /** Asking for the short of it: "tl;dr", "In a nutshell?", "The short version, please". */
    private static final Pattern BRIEFLY = Pattern.compile("(?i)^\\W*(?:(?:so|ok|okay|and)\\W+)?(?:tl;?\\s?dr|in\\s+"
            + "(?:a\\s+nutshell|short|brief)|(?:(?:give|tell)\\s+me\\s+)?the\\s+short\\s+version|briefly)"
            + "(?:,?\\s*please)?\\W*$");
    /** What a summary request names that is what was just said: "Summarise that", "Sum it up". */
    private static final Pattern JUST_SAID = Pattern.compile("(?i)(?:all\\s+)?(?:that|this|it|them)");
    /** What a summary request may name that is the whole folder, not a topic ("Summarise the story"). */
    private static final Pattern EVERYTHING = Pattern.compile(
            "(?i)(?:(?:the|this|these)\\s+)?(?:latest\\s+)?(?:story|stories|it|this|everything|all|articles|news"
                    + "|sources)");

    private Overview() {
    }

    /**
     * The {@code /summary} arguments a message asks for ("short" for "What happened?", "Lviv strike" for "Summarise
     * the Lviv strike" or "Tell me about the Lviv strike"), or empty when it asks something else.
     */
    static Optional<String> summaryAsked(String message) {
        if (NEWS.matcher(message).matches() || BRIEFLY.matcher(message).matches()) {
            return Optional.of(SHORT);
        }
        return requested(message).map(what -> what.isEmpty() || EVERYTHING.matcher(what).matches() ? "" : what);
    }

    /**
     * The length a conversation's "Summarise that" or "tl;dr" asks its last topic to be summarised at ("" for the
     * usual, "short"), or empty when the message asks something else.
     */
    static Optional<String> lastSummarised(String message) {
        if (BRIEFLY.matcher(message).matches()) {
            return Optional.of(SHORT);
        }
        Matcher m = SUMMARISE.matcher(message);
        return m.matches() && (m.group(1) == null || JUST_SAID.matcher(m.group(1).strip()).matches())
                ? Optional.of("") : Optional.empty();
    }

    /**
     * A message that is a name and nothing else ("Klitschko", "Zaporizhzhia plant" typed as "Zaporizhzhia", "New
     * York"): up to three words shaped as names, no question word among them. Alone, it asks to be told about that
     * name, as a search box does; the caller asks it as a question if no summary covers it ("Great", "Yes").
     */
    static Optional<String> nameAlone(String message) {
        String words = message.strip().replaceAll("[?!.]+$", "").strip();
        String[] parts = words.split("\\s+");
        if (words.isEmpty() || parts.length > MAX_NAME_WORDS) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (!NameShape.isName(part) || QuestionAnalysis.QUESTION_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        return Optional.of(words);
    }

    /**
     * The topic a message asks to be summarised or told about in so many words ("Summarise the Kinzhal", "Tell me
     * about Klitschko"), when it names one: not the whole story ("Summarise it") and no word that stands for what
     * was said before ("Tell me about him"), which a conversation reads as a follow-up. Such a request is one in a
     * conversation too, where "What happened?" may ask about the place just asked about.
     */
    static Optional<String> topicAsked(String message) {
        return requested(message).filter(what -> !what.isEmpty() && !EVERYTHING.matcher(what).matches()
                && FollowUpReader.pointer(what).isEmpty());
    }

    /** What a request to summarise ("" for nothing named) or to be told about something names, if it is one. */
    private static Optional<String> requested(String message) {
        Matcher m = SUMMARISE.matcher(message);
        if (!m.matches()) {
            m = ABOUT.matcher(message);
            if (!m.matches() || m.group(1).isBlank()) {
                return Optional.empty();
            }
        }
        return Optional.of(m.group(1) == null ? "" : m.group(1).strip());
    }

    /**
     * The {@code /summary} arguments of a fuller summary than the short one {@code earlier} asked for ("Tell me more"
     * after "What happened?"), or empty when it asked for none or not a short one.
     */
    static Optional<String> fuller(String earlier) {
        return summaryAsked(earlier).filter(args -> args.startsWith(SHORT))
                .map(args -> args.substring(SHORT.length()).strip());
    }
}
