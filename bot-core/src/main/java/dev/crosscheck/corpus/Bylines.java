package dev.crosscheck.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a plain article says it comes from, in a byline right under its headline, as copied articles and wire copy
 * carry one: "By Meridian Press Agency | Tuesday 11 March 2031" names the outlet and the day, as front matter would.
 */
final class Bylines {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    /** "By WHO", a separator, then a day: "11 March 2031" or "March 11, 2031", a weekday before it or not. */
    private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+(?<who>[^\\n]{2,80}?)\\s*[|,–—]\\s*"
            + "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:(?<day>\\d{1,2})\\s+(?<month>" + MONTHS + ")"
            + "|(?<month2>" + MONTHS + ")\\s+(?<day2>\\d{1,2}),?)\\s+(?<year>(?:19|20)\\d\\d)"
            + "(?:,?\\s*(?:at\\s+)?(?<hour>\\d{1,2})[:.](?<minute>\\d\\d)\\s*(?<half>am|pm)?"
            + "(?:\\s*[a-z]{2,4})?)?\\s*$");
    /** The longest line read as a byline: a byline is a line, not a paragraph that opens with "By". */
    private static final int MAX_LINE = 160;

    private Bylines() {
    }

    /**
     * The origin the byline under the title gives (the line after the first), or {@link Origin#NONE} when that line
     * is no byline with a date: the outlet is the last of the names it gives ("By Jane Smith | BBC News | 11 March
     * 2031": BBC News), the day (and the time, if given, read as UTC) its publication.
     */
    static Origin of(String text) {
        String line = secondLine(text);
        if (line.length() > MAX_LINE) {
            return Origin.NONE;
        }
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) {
            return Origin.NONE;
        }
        String[] names = m.group("who").split("\\s*\\|\\s*");
        String outlet = names[names.length - 1];
        String day = m.group("day") != null ? m.group("day") : m.group("day2");
        String month = m.group("month") != null ? m.group("month") : m.group("month2");
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")),
                    Month.valueOf(month.toUpperCase(Locale.ROOT)), Integer.parseInt(day));
            LocalTime time = LocalTime.MIDNIGHT;
            if (m.group("hour") != null) {
                int hour = Integer.parseInt(m.group("hour"));
                if (m.group("half") != null) {
                    hour = TwelveHourClock.hourOfDay(hour, m.group("half"));
                }
                time = LocalTime.of(hour, Integer.parseInt(m.group("minute")));
            }
            return new Origin(null, outlet, date.atTime(time).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException | NumberFormatException e) {
            return new Origin(null, outlet, null);
        }
    }

    /** The second line with any visible character, trimmed; empty when there is none. */
    private static String secondLine(String text) {
        int[] at = secondLineAt(text);
        return at == null ? "" : text.substring(at[0], at[1]).strip();
    }

    /** Where the second line with any visible character starts and ends (before its line break), or null. */
    private static int[] secondLineAt(String text) {
        int seen = 0;
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            if (!line.group().isBlank() && ++seen == 2) {
                return new int[] {line.start(), line.end()};
            }
        }
        return null;
    }

    private static final Pattern LINE = Pattern.compile("(?m)^.*$");

    /**
     * The text without the byline {@link #of} read (and its line break): like front matter, it is about the article,
     * not in it, so never quoted, indexed or offered as an answer ("By Directorate for Vehicle Standards | Monday 9
     * March 2026" had led the candidates for who heads the directorate).
     */
    static String withoutByline(String text) {
        int[] at = secondLineAt(text);
        if (at == null) {
            return text;
        }
        int end = at[1];
        if (end < text.length() && text.charAt(end) == '\r') {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '\n') {
            end++;
        }
        return text.substring(0, at[0]) + text.substring(end);
    }
}
