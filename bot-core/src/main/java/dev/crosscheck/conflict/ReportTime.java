package dev.crosscheck.conflict;

import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Origin;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.corpus.TwelveHourClock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * When a report was written, as far as it tells: the published date of its front matter, a date on an "Updated:" or
 * "Published:" line or in its dateline,
 * else the latest weekday or date its headline and lead name (news leads carry the day of the news), else the
 * latest named anywhere outside what is still to come, else the day its file was last changed. Any part may be
 * unknown; two reports are ordered by the most precise part both have.
 *
 * @param date a full date, or null
 * @param monthDay a date without its year ("March 14"), or null
 * @param weekday the day of the week, or null
 * @param fromFile whether the time is only the file's
 * @param clock the hour of the stamp line or published time, or null; it only orders two counts of one day
 */
record ReportTime(LocalDate date, MonthDay monthDay, DayOfWeek weekday, boolean fromFile, LocalTime clock) {
    static final ReportTime UNKNOWN = new ReportTime(null, null, null, false);

    /** A report time whose hour is not known. */
    ReportTime(LocalDate date, MonthDay monthDay, DayOfWeek weekday, boolean fromFile) {
        this(date, monthDay, weekday, fromFile, null);
    }

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|"
            + "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final Pattern STAMP_LINE = Pattern.compile("(?im)^\\s*(?:updated|published|posted|date|last "
            + "updated)\\s*:?\\s*(.{4,80})$");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    /** A date in figures, "14.10.2031" or "14/10/2031": dots are read day first, slashes only when unambiguous. */
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([./])(\\d{1,2})\\2((?:19|20)\\d\\d)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    /** How many lines at the top of a report may hold its date line ("Tuesday 14 October 2031 | 19:05"). */
    private static final int TOP_LINES = 6;
    /** A date line is short: a headline or sentence that names a date is no stamp. */
    private static final int DATE_LINE_LENGTH = 80;
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)? (" + MONTHS
            + ")\\.?(?:,? ((?:19|20)\\d\\d))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b(" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?"
            + "\\b(?:,? ((?:19|20)\\d\\d))?");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(" + WEEKDAYS + ")\\b");
    /** A clock time on a stamp line: "15:10", "9.30 am", "7:45 p.m.". */
    private static final Pattern CLOCK = Pattern.compile(
            "(?i)\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b(?:\\s*([ap])\\.?m\\b\\.?)?");
    /** A quick test before reading a sentence's clauses: weekdays are written capitalised. */
    private static final Pattern NAMED_DAY = Pattern.compile("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day");
    /** The dash after a dateline's bracketed outlet: "(National Wire) - ". */
    private static final Pattern DASH_AFTER = Pattern.compile("\\s*(?:—|–|-)\\s*");
    /** A dateline: "ALDENMOOR, March 14 (Reuters) -", "KYIV, Ukraine —". */
    private static final Pattern DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{Lu}\\p{M} .'’\\-]+,[^.\\n]{0,60}?(?:\\(|—|–|-)");
    /** Clauses about what is still to come name days that are not the report's. */
    private static final Pattern CLAUSE = Pattern.compile("[^,;:()\"“”]+");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|would|shall|next|until|till|"
            + "expected|scheduled|due to|plans?|planned|going to)\\b");
    /** How many body sentences after the headline make the lead. */
    private static final int LEAD = 2;

    /**
     * A report's time, read the first time a comparison needs it: most reports are never compared with another. It
     * also keeps the report's origin, which every claim's statement shows, since the document itself is let go.
     */
    static final class Later {
        private final Origin origin;
        private Document doc;
        private ReportTime time;

        Later(Document doc) {
            this.doc = doc;
            this.origin = doc.origin();
        }

        Origin origin() {
            return origin;
        }

        synchronized ReportTime get() {
            if (time == null) {
                time = of(doc);
                doc = null;
            }
            return time;
        }
    }

    static ReportTime of(Document doc) {
        Instant published = doc.origin().published();
        if (published != null) {
            // The front matter's date is the outlet's own; a stamp line in the text may be a quoted one.
            var at = published.atZone(ZoneOffset.UTC);
            // A byline giving the day alone is stored at midnight: its hour is unknown, not the day's first (a fresh
            // user's eruption had Monday's undated-hour report read as written before "Monday night" began).
            LocalTime time = at.toLocalTime();
            return full(at.toLocalDate()).at(time.equals(LocalTime.MIDNIGHT) ? null : time);
        }
        Matcher stamp = STAMP_LINE.matcher(doc.text());
        if (stamp.find()) {
            ReportTime t = dated(stamp.group(1));
            if (t != null) {
                return t.at(clock(stamp.group(1)));
            }
        }
        ReportTime top = dateLine(doc.text());
        if (top != null) {
            return top;
        }
        List<Sentence> sentences = doc.sentences();
        ReportTime dateline = null;
        for (Sentence s : sentences.subList(0, Math.min(3, sentences.size()))) {
            Matcher d = DATELINE.matcher(s.text());
            if (d.find()) {
                dateline = dated(d.group());
                break;
            }
        }
        ReportTime lead = latest(sentences.subList(0, Math.min(LEAD + 1, sentences.size())));
        if (dateline != null && dateline.date() != null) {
            return dateline;
        }
        if (dateline != null) {
            return lead == null ? dateline : new ReportTime(null, dateline.monthDay(),
                    lead.weekday() != null ? lead.weekday() : null, false);
        }
        if (lead != null) {
            return lead;
        }
        ReportTime anywhere = latest(sentences);
        if (anywhere != null) {
            return anywhere;
        }
        if (doc.modified() != null) {
            LocalDate day = doc.modified().atZone(ZoneOffset.UTC).toLocalDate();
            return new ReportTime(day, MonthDay.from(day), day.getDayOfWeek(), true);
        }
        return UNKNOWN;
    }

    /**
     * The full date, and hour if given, of a short line among the report's first lines that carries a year, as
     * outlets print them without a "Published:" label: "Tuesday 14 October 2031, 07:40", "14.10.2031 — 22:10".
     */
    private static ReportTime dateLine(String text) {
        int seen = 0;
        for (String line : text.lines().limit(TOP_LINES * 2L).toList()) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.length() <= DATE_LINE_LENGTH && !l.endsWith(".") && YEAR.matcher(l).find()) {
                ReportTime t = dated(l);
                if (t != null && t.date() != null) {
                    return t.at(clock(l));
                }
            }
            if (++seen == TOP_LINES) {
                break;
            }
        }
        return null;
    }

    /** The first full or partial date in a stamp or dateline, or null. */
    private static ReportTime dated(String text) {
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.find()) {
            int first = Integer.parseInt(numeric.group(1));
            int second = Integer.parseInt(numeric.group(3));
            int year = Integer.parseInt(numeric.group(4));
            boolean dayFirst = numeric.group(2).equals(".") || first > 12;
            boolean monthFirst = !dayFirst && second > 12;
            LocalDate d = dayFirst ? safeDate(year, second, first) : monthFirst ? safeDate(year, first, second) : null;
            if (d != null) {
                return full(d);
            }
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            LocalDate d = safeDate(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
            if (d != null) {
                return full(d);
            }
        }
        ReportTime t = monthDate(text);
        if (t != null) {
            return t;
        }
        Matcher w = WEEKDAY.matcher(text);
        return w.find() ? new ReportTime(null, null, weekday(w.group(1)), false) : null;
    }

    private static ReportTime monthDate(String text) {
        if (!hasDigit(text)) {
            return null;
        }
        for (Pattern p : new Pattern[] {DAY_MONTH, MONTH_DAY}) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                boolean dayFirst = p == DAY_MONTH;
                int day = Integer.parseInt(m.group(dayFirst ? 1 : 2));
                int month = month(m.group(dayFirst ? 2 : 1));
                if (day < 1 || day > 31) {
                    continue;
                }
                if (m.group(3) != null) {
                    LocalDate d = safeDate(Integer.parseInt(m.group(3)), month, day);
                    if (d != null) {
                        return full(d);
                    }
                }
                try {
                    return new ReportTime(null, MonthDay.of(month, day), null, false);
                } catch (java.time.DateTimeException e) {
                    continue;
                }
            }
        }
        return null;
    }

    /**
     * The latest day named in these sentences outside clauses about what is still to come, or null: the latest date
     * and the latest weekday, each kept, so that "March 14" and "on Friday" together order against either.
     */
    private static ReportTime latest(List<Sentence> sentences) {
        ReportTime date = null;
        ReportTime weekday = null;
        for (Sentence s : sentences) {
            // Every weekday ends in "day": a substring search spares most sentences the pattern.
            String text = s.text();
            if (!(text.contains("day") && NAMED_DAY.matcher(text).find()) && !hasDigit(text)) {
                continue;
            }
            Matcher clause = CLAUSE.matcher(text);
            while (clause.find()) {
                String c = clause.group();
                // Every weekday ends in "day" and every date has a digit: most clauses need no pattern at all.
                if (!c.contains("day") && !hasDigit(c) || FUTURE.matcher(c).find()) {
                    continue;
                }
                ReportTime t = monthDate(c);
                if (t != null) {
                    date = later(date, t);
                }
                Matcher w = WEEKDAY.matcher(c);
                while (w.find()) {
                    weekday = later(weekday, new ReportTime(null, null, weekday(w.group(1)), false));
                }
            }
        }
        if (date == null || weekday == null) {
            return date == null ? weekday : date;
        }
        return date.date() != null ? date : new ReportTime(null, date.monthDay(), weekday.weekday(), false);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static ReportTime later(ReportTime a, ReportTime b) {
        if (a == null) {
            return b;
        }
        Integer order = a.compare(b);
        return order != null && order < 0 ? b : a;
    }

    /**
     * Negative when this report is earlier than the other, positive when later, zero when of the same day, null
     * when they cannot be ordered. Weekdays alone are ordered within three days either way: the reports of one
     * story are days apart, not weeks.
     */
    Integer compare(ReportTime other) {
        if (fromFile != other.fromFile) {
            // A file's time says when it was saved, not when the other report was written.
            return null;
        }
        if (date != null && other.date != null) {
            return Integer.signum(date.compareTo(other.date));
        }
        if (monthDay != null && other.monthDay != null) {
            return Integer.signum(monthDay.compareTo(other.monthDay));
        }
        if (weekday != null && other.weekday != null) {
            int d = Math.floorMod(other.weekday.getValue() - weekday.getValue(), 7);
            return d == 0 ? 0 : d <= 3 ? -1 : 1;
        }
        return null;
    }

    /**
     * As {@link #compare}, but two reports of one day are ordered by their hours when both give one: the count of
     * those still missing at 06:00 and at 19:45 of one Thursday are one after the other.
     */
    Integer compareByHour(ReportTime other) {
        Integer order = compare(other);
        if (order == null || order != 0 || clock == null || other.clock == null) {
            return order;
        }
        return Integer.signum(clock.compareTo(other.clock));
    }

    /**
     * The day a sentence of this report says its news is of: the latest it names outside clauses about what is
     * still to come, a weekday as the latest such day up to this report's ("remained closed throughout Wednesday"
     * in Thursday's report is Wednesday's news) and "yesterday" or "last night" as the day before; else this
     * report's own time. A day after "since" opens a state still holding ("shut since Tuesday afternoon … this
     * evening"), and a day further back than a story's reports are apart is background; a time only the file
     * gives is kept, since it orders nothing against a named day.
     */
    ReportTime saidOf(Sentence sentence) {
        String text = sentence.text();
        if (fromFile || weekday == null || !text.contains("day") && !text.contains("night")) {
            return this;
        }
        int back = Integer.MAX_VALUE;
        Matcher clause = CLAUSE.matcher(text);
        while (clause.find()) {
            String c = clause.group();
            if (FUTURE.matcher(c).find()) {
                continue;
            }
            if (SAME_DAY.matcher(c).find()) {
                return this;
            }
            if (DAY_BEFORE.matcher(c).find()) {
                back = Math.min(back, 1);
            }
            Matcher w = WEEKDAY.matcher(c);
            while (w.find()) {
                if (!SINCE_BEFORE.matcher(c).region(0, w.start()).find()) {
                    back = Math.min(back, Math.floorMod(weekday.getValue() - weekday(w.group(1)).getValue(), 7));
                }
            }
        }
        if (back == 0 || back > 3) {
            return this;
        }
        if (date == null) {
            return new ReportTime(null, null, weekday.minus(back), false);
        }
        return daysBefore(back);
    }

    /** The dated day {@code back} days before this report's. */
    private ReportTime daysBefore(int back) {
        LocalDate day = date.minusDays(back);
        return new ReportTime(day, MonthDay.from(day), day.getDayOfWeek(), false);
    }

    /**
     * Whether a sentence names no day at all: no weekday, date, "today" or "yesterday", nor a day's part ("night",
     * "morning"), so that what it tells may be of its report's day or of the day before.
     */
    static boolean namesNoDay(String text) {
        return Stream.of(WEEKDAY, SAME_DAY, DAY_BEFORE, DAY_MONTH, MONTH_DAY, DAY_PARTS)
                .noneMatch(p -> p.matcher(text).find());
    }

    /** A part of a day, which some day it names: "overnight", "on Sunday morning", "that evening". */
    private static final Pattern DAY_PARTS = Pattern.compile(
            "(?i)\\b(?:night|overnight|morning|afternoon|evening)\\b");

    /** The day before this report's, when it is dated. */
    java.util.Optional<ReportTime> dayBefore() {
        if (!dated() || date == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(daysBefore(1));
    }

    /** Words that date a sentence's news to its report's day. */
    private static final Pattern SAME_DAY = Pattern.compile("(?i)\\b(?:today|tonight|this (?:morning|afternoon|"
            + "evening))\\b");
    /** Words that date it to the day before. */
    private static final Pattern DAY_BEFORE = Pattern.compile("(?i)\\b(?:yesterday|last night)\\b");
    /**
     * "since" before a day in its clause: the day a state or a total began ("since the notice was issued on Monday
     * night"), not the one it is said of.
     */
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\b");

    private ReportTime at(LocalTime time) {
        return new ReportTime(date, monthDay, weekday, fromFile, time);
    }

    /** An hour something is said to have happened at: "at 11am", "at 6.10pm", "at about 07:30". */
    private static final Pattern HAPPENED_AT = Pattern.compile("(?i)\\bat\\s+(?:about\\s+|around\\s+)?(?:(\\d{1,2})"
            + "(?:[:.]([0-5]\\d))?\\s*([ap])\\.?m\\b|([01]\\d|2[0-3])[:.]([0-5]\\d)\\b)");

    /**
     * A part of the day a change is said to have happened in, by the earliest hour it may mean: "late on Wednesday",
     * "later that day", "in the afternoon" from noon, "on Wednesday evening" or "night" from 17:00. The earliest, so
     * that a state said to persist at a report's hour is read as before the change only when it surely was.
     */
    private static final Pattern PART_OF_DAY = Pattern.compile("(?i)\\b(?:(?<afternoon>afternoon|midday|noon|"
            + "later?\\s+(?:on\\s+|that\\s+|in\\s+the\\s+)?(?:day|\\p{L}+day))|(?<evening>evening|night|tonight))\\b");

    /**
     * The hour a sentence says its news happened at ("reopened to traffic at 11am"), else the earliest hour of the part
     * of the day it names ("reopened late on Wednesday": noon), or null.
     */
    static LocalTime happenedAt(String sentence) {
        Matcher m = HAPPENED_AT.matcher(sentence);
        if (!m.find()) {
            Matcher part = PART_OF_DAY.matcher(sentence);
            return !part.find() ? null : part.group("afternoon") != null ? LocalTime.NOON : LocalTime.of(17, 0);
        }
        if (m.group(4) != null) {
            return LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        }
        int hour = Integer.parseInt(m.group(1));
        if (hour < 1 || hour > 12) {
            return null;
        }
        return LocalTime.of(TwelveHourClock.hourOfDay(hour, m.group(3)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    /** The first clock time of a stamp line outside its date ("14.10.2031 — 22:10" is not ten past two), or null. */
    private static LocalTime clock(String stamp) {
        Matcher m = CLOCK.matcher(NUMERIC.matcher(stamp).replaceAll(" "));
        if (!m.find()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        String half = m.group(3);
        if (half != null && hour > 12) {
            return null;
        }
        return LocalTime.of(half == null ? hour : TwelveHourClock.hourOfDay(hour, half), Integer.parseInt(m.group(2)));
    }

    boolean known() {
        return date != null || monthDay != null || weekday != null;
    }

    /** The day of the week the report says it was written, or null; a file's time says when it was saved. */
    DayOfWeek writtenOn() {
        return fromFile ? null : weekday;
    }

    /** Whether the report gives its day of the year, not only a weekday or its file's time. */
    boolean dated() {
        return (date != null || monthDay != null) && !fromFile;
    }

    private static ReportTime full(LocalDate d) {
        return new ReportTime(d, MonthDay.from(d), d.getDayOfWeek(), false);
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(n)
                + 1;
    }

    private static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /**
     * Where the sentence's dateline ends ("BRENMOUTH, May 12 (National Wire) - "), or 0 when it opens with none: the
     * place it names is where the report was filed, not what its figures are tied to.
     */
    static int datelineEnd(String sentence) {
        Matcher d = DATELINE.matcher(sentence);
        if (!d.lookingAt()) {
            return 0;
        }
        int end = d.end();
        if (sentence.charAt(end - 1) == '(') {
            int close = sentence.indexOf(')', end);
            end = close < 0 ? end : close + 1;
            Matcher dash = DASH_AFTER.matcher(sentence).region(end, sentence.length());
            end = dash.lookingAt() ? dash.end() : end;
        }
        return end;
    }
}
