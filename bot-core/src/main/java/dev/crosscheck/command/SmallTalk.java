package dev.crosscheck.command;

import dev.crosscheck.answer.QuestionAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat message that is only courtesy ("hi", "thanks!", "ok, got it", "bye"): answered in kind, not searched for,
 * since "I found nothing on that" is no reply to a thank-you. The phrases are English's closed set of greetings,
 * thanks and acknowledgements, not words of any corpus; a message with anything else in it is read as a question.
 * Messages are read word by word, longest phrase first, so that no length of message makes the reading costly.
 */
final class SmallTalk {
    static final String GREETING = "Hello! Ask me a question about the articles (who, what, when, where, how "
            + "many…), or try /summary, /sources or /help.";
    static final String THANKS = "You're welcome. Ask me anything else about the articles.";
    static final String GOODBYE = "Goodbye! Ask me again whenever the story moves on.";
    static final String ACKNOWLEDGED = "Ask me anything else about the articles, or try /summary, /sources or /help.";

    /** What a phrase does; {@code COMPANY} and {@code AND} only go with the others ("thanks so much", "ok then"). */
    private enum Kind { THANKS, PARTING, GREETING, ACKNOWLEDGING, COMPANY, AND }

    private static final Map<Kind, List<String>> PHRASES = Map.of(
            Kind.THANKS, List.of("thanks", "thank you", "thankyou", "thx", "ty", "cheers", "much appreciated",
                    "appreciated", "appreciate it"),
            Kind.GREETING, List.of("hi", "hello", "hey", "hiya", "howdy", "yo", "greetings", "good morning",
                    "good afternoon", "good evening", "good day"),
            Kind.PARTING, List.of("bye", "goodbye", "good night", "goodnight", "see you", "see you later", "later"),
            Kind.ACKNOWLEDGING, List.of("ok", "okay", "k", "kk", "got it", "great", "cool", "nice", "perfect",
                    "understood", "i see", "alright", "all right", "fine", "sure", "noted", "good", "awesome",
                    "excellent", "brilliant", "wow", "yes", "yeah", "yep", "no", "nope", "oh"),
            Kind.COMPANY, List.of("so", "very", "much", "a lot", "again", "all", "then", "there", "mate", "bot",
                    "crosscheck"),
            Kind.AND, List.of("and"));
    /** The longest phrase, in words. */
    private static final int LONGEST = 3;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** What may stand between the words of courtesy that opens a message: spaces and the marks that close it. */
    private static final Pattern BETWEEN = Pattern.compile("[\\s,.!;:–—]*");
    private static final Pattern CLOSING = Pattern.compile("[,.!?;:–—]");
    /** What may close a message after what it asks; an acknowledgement is too often what it asks ("Is Kyiv ok?"). */
    private static final Set<Kind> CLOSINGS = Set.of(Kind.THANKS, Kind.PARTING, Kind.COMPANY);

    private SmallTalk() {
    }

    /** The reply to a message of courtesy alone, or empty when the message says anything else. */
    static Optional<String> reply(String message) {
        List<String> words = Words.of(message, 0, Integer.MAX_VALUE).words();
        List<Kind> kinds = new ArrayList<>();
        for (int at = 0; at < words.size(); ) {
            Optional<Phrase> phrase = phraseAt(words, at);
            if (phrase.isEmpty()) {
                return Optional.empty();
            }
            kinds.add(phrase.get().kind());
            at += phrase.get().length();
        }
        return said(kinds);
    }

    /**
     * The message without the courtesy it opens with, when something else follows it ("Hi! how many…", "Thanks, and
     * in Kharkiv?", "ok so who…"); else the message itself. The courtesy must be closed by a mark, or followed by a
     * question word ("hi how many died"): "No deaths in Kyiv?" and "Good night in Kyiv" have neither, and stay whole.
     */
    static String withoutOpening(String message) {
        // Words only as far as they might still be courtesy: a long message is not read to its end.
        Words read = Words.of(message, 0, 16);
        List<String> words = read.words();
        List<int[]> spans = read.spans();
        List<Kind> kinds = new ArrayList<>();
        int at = 0;
        int end = 0;
        while (at < words.size() && BETWEEN.matcher(message.substring(end, spans.get(at)[0])).matches()) {
            Optional<Phrase> phrase = phraseAt(words, at).filter(p -> p.kind() != Kind.AND);
            if (phrase.isEmpty()) {
                break;
            }
            kinds.add(phrase.get().kind());
            at += phrase.get().length();
            end = spans.get(at - 1)[1];
        }
        if (at == 0 || at == words.size() || said(kinds).isEmpty()) {
            return message;
        }
        int next = spans.get(at)[0];
        String between = message.substring(end, next);
        boolean closed = CLOSING.matcher(between).find() || words.get(at).equals("and")
                || QuestionAnalysis.QUESTION_WORDS.contains(words.get(at));
        return closed && BETWEEN.matcher(between).matches() ? message.substring(next) : message;
    }

    /**
     * The message without the courtesy around what it asks: opening it ({@link #withoutOpening}) or closing it with
     * thanks or a goodbye after a mark ("How many died? thanks", "who is the mayor, thx"). An acknowledgement that
     * closes a message stays ("Is Kyiv ok?"), and so does courtesy it asks about ("Did they say goodbye?"); nor is a
     * label before the question ("Quick question: who…", {@link LeadIn}).
     */
    static String asked(String message) {
        return LeadIn.dropped(withoutClosing(withoutOpening(message)));
    }

    /** The message without the thanks or goodbye that closes it after a mark, when something comes before. */
    static String withoutClosing(String message) {
        // Only the end of a message may close it: its last words are enough.
        Words read = Words.of(message, Math.max(0, message.length() - 200), Integer.MAX_VALUE);
        List<String> words = read.words();
        List<int[]> spans = read.spans();
        if (words.isEmpty() || message.substring(spans.get(words.size() - 1)[1]).contains("?")) {
            return message;
        }
        List<Kind> kinds = new ArrayList<>();
        int at = words.size();
        while (at > 0) {
            Optional<Phrase> phrase = phraseEndingAt(words, at).filter(p -> CLOSINGS.contains(p.kind()));
            if (phrase.isEmpty()) {
                break;
            }
            kinds.add(phrase.get().kind());
            at -= phrase.get().length();
            if (at > 0 && !BETWEEN.matcher(message.substring(spans.get(at - 1)[1], spans.get(at)[0])).matches()) {
                break;
            }
        }
        if (at == 0 || at == words.size() || said(kinds).isEmpty()
                || !CLOSING.matcher(message.substring(spans.get(at - 1)[1], spans.get(at)[0])).find()) {
            return message;
        }
        // What comes before the courtesy, with the mark that ended it ("How many died?"), without a comma.
        return message.substring(0, spans.get(at)[0]).stripTrailing().replaceAll("[,;:–—]+$", "").stripTrailing();
    }

    /** The longest courtesy phrase ending before word {@code end}, if one does. */
    private static Optional<Phrase> phraseEndingAt(List<String> words, int end) {
        for (int length = Math.min(LONGEST, end); length >= 1; length--) {
            List<String> last = words.subList(end - length, end);
            Optional<Phrase> phrase = phraseAt(last, 0).filter(p -> p.length() == last.size());
            if (phrase.isPresent()) {
                return phrase;
            }
        }
        return Optional.empty();
    }

    /** What a run of courtesy phrases says, strongest first; empty when it is only company ("so", "and"). */
    private static Optional<String> said(List<Kind> kinds) {
        if (kinds.contains(Kind.THANKS)) {
            return Optional.of(THANKS);
        }
        if (kinds.contains(Kind.PARTING)) {
            return Optional.of(GOODBYE);
        }
        if (kinds.contains(Kind.GREETING)) {
            return Optional.of(GREETING);
        }
        return kinds.contains(Kind.ACKNOWLEDGING) ? Optional.of(ACKNOWLEDGED) : Optional.empty();
    }

    /** The longest courtesy phrase starting at word {@code at}, if one does. */
    private static Optional<Phrase> phraseAt(List<String> words, int at) {
        for (int length = Math.min(LONGEST, words.size() - at); length >= 1; length--) {
            String candidate = String.join(" ", words.subList(at, at + length));
            for (Map.Entry<Kind, List<String>> e : PHRASES.entrySet()) {
                if (e.getValue().contains(candidate)) {
                    return Optional.of(new Phrase(e.getKey(), length));
                }
            }
        }
        return Optional.empty();
    }

    private record Phrase(Kind kind, int length) {
    }

    /** A message's words in lower case, from {@code from} on and at most {@code limit}, with where each stands. */
    private record Words(List<String> words, List<int[]> spans) {
        static Words of(String message, int from, int limit) {
            List<String> words = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            // Lower-cased word by word: the whole message lower-cased may change length ("İ"), and the spans with it.
            Matcher m = WORD.matcher(message);
            m.region(from, message.length());
            while (words.size() < limit && m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
                spans.add(new int[] {m.start(), m.end()});
            }
            return new Words(words, spans);
        }
    }
}
