package dev.crosscheck.command;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat message that is only courtesy ("hi", "thanks!", "ok, got it", "bye"): answered in kind, not searched for,
 * since "I found nothing on that" is no reply to a thank-you. The phrases are English's closed set of greetings,
 * thanks and acknowledgements, not words of any corpus; a message with anything else in it is read as a question.
 */
final class SmallTalk {
    static final String GREETING = "Hello! Ask me a question about the articles (who, what, when, where, how "
            + "many…), or try /summary, /sources or /help.";
    static final String THANKS = "You're welcome. Ask me anything else about the articles.";
    static final String GOODBYE = "Goodbye! Ask me again whenever the story moves on.";
    static final String ACKNOWLEDGED = "Ask me anything else about the articles, or try /summary, /sources or /help.";

    private static final String THANKING = "thanks|thank\\s+you|thankyou|thx|ty|cheers|much\\s+appreciated"
            + "|appreciated|appreciate\\s+it";
    private static final String GREETING_WORDS = "hi|hello|hey|hiya|howdy|yo|greetings|good\\s+(?:morning|"
            + "afternoon|evening|day)";
    private static final String PARTING = "bye|goodbye|bye\\s+bye|good\\s+night|goodnight|see\\s+you(?:\\s+later)?"
            + "|later";
    private static final String ACKNOWLEDGING = "ok|okay|k|kk|got\\s+it|great|cool|nice|perfect|understood|i\\s+see"
            + "|alright|all\\s+right|fine|sure|noted|good|awesome|excellent|brilliant|wow|yes|yeah|yep|no|nope|oh";
    /** Words that may go with courtesy without making it a question: "thanks so much, bot", "ok then". */
    private static final String COMPANY = "so|very|much|a\\s+lot|again|all|then|there|mate|bot|crosscheck";
    private static final String FILLER = COMPANY + "|and";
    private static final Pattern COURTESY = Pattern.compile("(?:(?:" + THANKING + "|" + GREETING_WORDS + "|"
            + PARTING + "|" + ACKNOWLEDGING + "|" + FILLER + ")(?:\\s+|$))+");
    private static final Pattern THANKS_IN = word(THANKING);
    private static final Pattern PARTING_IN = word(PARTING);
    private static final Pattern GREETING_IN = word(GREETING_WORDS);
    private static final Pattern FILLER_ONLY = Pattern.compile("(?:(?:" + FILLER + ")(?:\\s+|$))+");

    /**
     * Courtesy that opens a message before what it asks: "Hi! how many…", "Thanks, and in Kharkiv?", "ok so who…":
     * closed by a mark, or followed by a question word ("hi how many died"). "No deaths in Kyiv?" and "Good night in
     * Kyiv" have neither, and stay whole.
     */
    private static final Pattern OPENING = Pattern.compile("(?i)^\\W*(?:(?:" + THANKING + "|" + GREETING_WORDS + "|"
            + PARTING + "|" + ACKNOWLEDGING + "|" + COMPANY + ")(?:[\\s,.!;:–—]+|$))+");
    private static final Pattern CLOSED = Pattern.compile("[,.!;:–—]\\s*$");
    private static final Pattern QUESTION_WORD = Pattern.compile("(?i)^(?:who|whom|whose|what|which|when|where|why|"
            + "how|and)\\b");

    private SmallTalk() {
    }

    /** The message without the courtesy it opens with, when something else follows it; else the message itself. */
    static String withoutOpening(String message) {
        Matcher m = OPENING.matcher(message);
        if (!m.lookingAt() || m.end() == message.length()) {
            return message;
        }
        String rest = message.substring(m.end());
        String opening = message.substring(0, m.end());
        boolean closed = CLOSED.matcher(opening).find() || QUESTION_WORD.matcher(rest).lookingAt();
        return closed && reply(opening).isPresent() ? rest : message;
    }

    /** The reply to a message of courtesy alone, or empty when the message says anything else. */
    static Optional<String> reply(String message) {
        String words = message.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s]+", " ").strip()
                .replaceAll("\\s+", " ");
        if (words.isEmpty() || !COURTESY.matcher(words).matches() || FILLER_ONLY.matcher(words).matches()) {
            return Optional.empty();
        }
        if (THANKS_IN.matcher(words).find()) {
            return Optional.of(THANKS);
        }
        if (PARTING_IN.matcher(words).find()) {
            return Optional.of(GOODBYE);
        }
        return Optional.of(GREETING_IN.matcher(words).find() ? GREETING : ACKNOWLEDGED);
    }

    private static Pattern word(String alternatives) {
        return Pattern.compile("(?:^|\\s)(?:" + alternatives + ")(?:\\s|$)");
    }
}
