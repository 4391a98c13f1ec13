package dev.crosscheck.conversation;

import dev.crosscheck.answer.QuestionAnalysis;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time as English says it ("by the evening", "the next day", "at 11.30 on Friday morning"): whether a message is
 * one, and a question with its time changed to it. Only English words for times and the words around them are used.
 */
final class TimePhrase {
    /** The English words that name a time: days, months, parts of a day, spans of time ("the third quarter"). */
    private static final Set<String> TIME_NOUNS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "morning", "afternoon", "evening", "night", "midnight", "noon", "dawn",
            "day", "days", "week", "weeks", "weekend", "fortnight", "month", "months", "quarter", "quarters", "year",
            "years", "decade", "decades", "hour", "hours", "today", "tonight", "yesterday", "tomorrow", "now");
    /**
     * A time noun, in any case, as a whole word: what a capitalised word after "on" or "in" may be instead of a
     * place.
     */
    static final String NOUN = "(?i:" + String.join("|", TIME_NOUNS) + ")\\b";
    /** The words a time phrase is built of around its time: prepositions, articles, numbers, "next", "later". */
    private static final Set<String> TIME_WORDS = Set.of("on", "by", "in", "at", "during", "after", "before", "until",
            "over", "within", "since", "the", "a", "an", "that", "this", "next", "following", "previous", "last",
            "same", "later", "earlier", "still", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "first", "second", "third", "fourth", "few", "several", "a.m.", "p.m.", "am", "pm");
    /** A clock time or a year: "11.30", "18:30", "6pm", "2004". */
    private static final Pattern CLOCK = Pattern.compile(
            "\\d{1,2}[.:]\\d\\d(?:a\\.?m\\.?|p\\.?m\\.?)?|\\d{1,2}(?:a\\.?m\\.?|p\\.?m\\.?)|(?:19|20)\\d\\d");
    /** Words that may close a time phrase after its time: "a day later still". */
    private static final Set<String> TIME_AFTER = Set.of("later", "earlier", "still", "a.m.", "p.m.", "am", "pm");
    private static final Pattern SPACED = Pattern.compile("\\S+");

    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** A day counted from another: "the next day", "a day later still", "two days later", "the day before". */
    private static final Pattern DAY_AFTER = Pattern.compile("(?i)^(?:and\\s+)?(?:(?:on|by)\\s+)?(?:the\\s+)?"
            + "(?:(?<next>next|following)\\s+(?<part1>day|morning|afternoon|evening|night)"
            + "|(?<previous>previous)\\s+(?<part2>day|morning|afternoon|evening|night)"
            + "|day\\s+(?<direction>after|before)"
            + "|(?<count>a|one|two|three|four|five|six)\\s+days?\\s+(?<shift>later|earlier)(?:\\s+still)?)"
            + "\\W*$");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday)\\b");

    private TimePhrase() {
    }

    /**
     * A day counted from {@code weekday} (the one the questions before asked about, in lower case), as the weekday
     * it is: "the next day" after "friday" is "on Saturday", "a day later still" after "saturday" "on Sunday", "the
     * next morning" "on Saturday morning"; empty when the phrase counts no days. News reports name days so, and a
     * search for "the next day" finds nothing.
     */
    static Optional<String> dayCounted(String phrase, String weekday) {
        Matcher m = DAY_AFTER.matcher(phrase.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int shift;
        String part = null;
        if (m.group("next") != null) {
            shift = 1;
            part = m.group("part1");
        } else if (m.group("previous") != null) {
            shift = -1;
            part = m.group("part2");
        } else if (m.group("direction") != null) {
            shift = m.group("direction").equalsIgnoreCase("after") ? 1 : -1;
        } else {
            String count = m.group("count").toLowerCase(Locale.ROOT);
            int days = count.equals("a") || count.equals("one") ? 1
                    : List.of("two", "three", "four", "five", "six").indexOf(count) + 2;
            shift = m.group("shift").equalsIgnoreCase("later") ? days : -days;
        }
        String partOfDay = part == null || part.equalsIgnoreCase("day") ? "" : " " + part.toLowerCase(Locale.ROOT);
        String day = WEEKDAYS.get(Math.floorMod(WEEKDAYS.indexOf(weekday) + shift, WEEKDAYS.size()));
        return Optional.of("on " + Character.toUpperCase(day.charAt(0)) + day.substring(1) + partOfDay);
    }

    /**
     * The weekday a reading is about: the last its own question names, else the first of the questions it carried
     * ("(after: latest; older)").
     */
    static Optional<String> weekdayOf(String reading) {
        String asked = QuestionAnalysis.asked(reading);
        String named = null;
        Matcher day = WEEKDAY.matcher(asked);
        while (day.find()) {
            named = day.group(1);
        }
        day = WEEKDAY.matcher(reading.substring(asked.length()));
        if (named == null && day.find()) {
            named = day.group(1);
        }
        return Optional.ofNullable(named).map(d -> d.toLowerCase(Locale.ROOT));
    }

    static boolean isTimeNoun(String word) {
        return TIME_NOUNS.contains(word) || CLOCK.matcher(word).matches();
    }

    static boolean isTimeWord(String word) {
        return TIME_WORDS.contains(word) || word.chars().allMatch(Character::isDigit);
    }

    /** Every word of the text belongs to a time phrase, and one of them names a time: "by the evening". */
    static boolean is(String text) {
        String[] tokens = text.strip().split("\\s+");
        boolean names = false;
        for (String token : tokens) {
            String t = token.toLowerCase(Locale.ROOT);
            boolean noun = isTimeNoun(t);
            if (!noun && !isTimeWord(t)) {
                return false;
            }
            names |= noun;
        }
        return names;
    }

    /**
     * The question with its last time phrase ("at 11.30 on Friday morning") replaced by {@code time}, or with
     * {@code time} added to what it asks when it names none; the questions it carries stay as they are.
     */
    static String into(String question, String time) {
        Matcher word = SPACED.matcher(question);
        int runStart = -1;
        boolean runNames = false;
        int start = -1;
        int end = -1;
        while (word.find()) {
            // "morning?" and "Friday)" end a phrase; "p.m." keeps its stop.
            String t = word.group().replaceAll("[,;)?!]+$", "").toLowerCase(Locale.ROOT);
            if (t.endsWith(".") && !t.endsWith("m.")) {
                t = t.substring(0, t.length() - 1);
            }
            boolean noun = isTimeNoun(t);
            if (noun || isTimeWord(t)) {
                if (runStart < 0) {
                    runStart = word.start();
                    runNames = false;
                }
                runNames |= noun;
                // The phrase ends at its last time or a word that closes one, not at a preposition after it.
                if (noun || runNames && TIME_AFTER.contains(t)) {
                    start = runStart;
                    end = word.start() + t.length();
                }
            } else {
                runStart = -1;
            }
        }
        if (start >= 0) {
            return question.substring(0, start) + time + question.substring(end);
        }
        String asked = QuestionAnalysis.asked(question);
        String carried = question.substring(asked.length());
        return FollowUpReader.stripped(asked) + " " + time + "?" + (carried.isEmpty() ? "" : " " + carried);
    }
}
