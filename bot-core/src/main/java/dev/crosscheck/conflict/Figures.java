package dev.crosscheck.conflict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the figures sources give for one measure. Each pair of differing figures is read in the order the
 * reports were written: a higher figure in a later report (a later day, or revision wording) is an update; figures
 * that cannot both be true otherwise contradict; a figure inside another's open bound ("43" and "more than 40")
 * agrees with it; two different bounds ("at least six", "at least nine") diverge, unless they are a running count's,
 * whose higher bound in a later report is an update. A measure can hold an update and a
 * contradiction at once (four, then six in one report and seven in another of the same time): both are reported.
 */
final class Figures {
    /** Key suffix of the update reported beside a contradiction of the same measure. */
    static final String UPDATE_SUFFIX = "|update";

    private enum Relation { AGREE, DIVERGENT, CONTRADICTION, UPDATE }

    private Figures() {
    }

    private static boolean comparable(List<Claim> side, List<Claim> other) {
        return side.stream().anyMatch(c -> other.stream().anyMatch(c::comparableWith));
    }

    /** The conflicts of one measure by group key: none, one, or a contradiction and an update. */
    static Map<String, Conflict> compare(String key, List<Claim> claims) {
        Map<String, Claim> byVoice = voices(claims);
        // A claim that needs context needs a partner from another source sharing it.
        byVoice.values().removeIf(c -> byVoice.values().stream()
                .noneMatch(o -> o != c && !o.docId().equals(c.docId()) && c.comparableWith(o)
                        || o != c && o.docId().equals(c.docId())));
        if (byVoice.size() < 2) {
            return Map.of();
        }
        // Sources that say the same thing in other words form one side.
        List<List<Claim>> sides = new ArrayList<>();
        for (Claim c : byVoice.values()) {
            List<Claim> side = sides.stream().filter(s -> s.get(0).interval().sameAs(c.interval())).findFirst()
                    .orElse(null);
            if (side == null) {
                sides.add(new ArrayList<>(List.of(c)));
            } else {
                side.add(c);
            }
        }
        // Sides disagree only through claims that share context: a copy of an article gives each of its figures a
        // partner, which must not make a missile's range and a city's distance from the front two sides.
        sides.removeIf(side -> sides.stream().noneMatch(other -> other != side && comparable(side, other)));
        if (sides.size() < 2) {
            return Map.of();
        }
        // A count the reports themselves speak of as changing, a tally of what happened, or a total worded as running
        // ("so far", "by mid-morning") rises between reports: as each report's figure set against the others says, not
        // another figure of that report left aside ("had carried more than 200,000 passengers over 26 years" beside
        // a coach's 41 passengers: a held-out user's crash had Tuesday's 41 as an update of Monday's 38).
        boolean running = sides.stream().flatMap(List::stream)
                .anyMatch(c -> c.tally() || c.rising() || c.revises() || wordedAsRunning(c));
        TreeSet<Integer> contradicting = new TreeSet<>();
        TreeSet<Integer> updating = new TreeSet<>();
        TreeSet<Integer> diverging = new TreeSet<>();
        boolean[][] contradict = new boolean[sides.size()][sides.size()];
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                for (Relation r : relations(sides.get(i), sides.get(j), running)) {
                    if (r == Relation.CONTRADICTION) {
                        contradict[i][j] = true;
                        contradict[j][i] = true;
                    }
                    TreeSet<Integer> into = switch (r) {
                        case CONTRADICTION -> contradicting;
                        case UPDATE -> updating;
                        case DIVERGENT -> diverging;
                        case AGREE -> null;
                    };
                    if (into != null) {
                        into.add(i);
                        into.add(j);
                    }
                }
            }
        }
        String topic = claims.get(0).topic();
        Map<String, Conflict> out = new LinkedHashMap<>();
        if (!contradicting.isEmpty()) {
            out.put(key, Conflicts.build(key, topic, Conflict.Kind.CONTRADICTION, timeline(sides, contradicting)));
        }
        List<List<Claim>> rising = updating.isEmpty() ? List.of()
                : rising(sides, timeline(sides, updating), contradict);
        if (rising.size() >= 2) {
            String k = out.isEmpty() ? key : key + UPDATE_SUFFIX;
            out.put(k, Conflicts.build(k, topic, Conflict.Kind.UPDATE, rising));
        }
        if (out.isEmpty() && !diverging.isEmpty()) {
            out.put(key, Conflicts.build(key, topic, Conflict.Kind.DIVERGENT, timeline(sides, diverging)));
        }
        return out;
    }

    /**
     * How two sides relate, pair by pair of their comparable claims: seven on Saturday is an update of Friday's six
     * and a contradiction of Sunday's.
     */
    private static java.util.Set<Relation> relations(List<Claim> a, List<Claim> b, boolean running) {
        java.util.Set<Relation> out = java.util.EnumSet.noneOf(Relation.class);
        for (Claim x : a) {
            for (Claim y : b) {
                if (x.comparableWith(y)) {
                    out.add(relation(x, y, running));
                }
            }
        }
        return out;
    }

    /**
     * A higher figure is an update when its report is worded as a revision ("has risen to six, up from four"), or
     * when it is of a later day and the measure is a running count; otherwise figures that cannot both be true
     * contradict. Of one day, the reports' hours tell which came later when both give one.
     */
    private static Relation relation(Claim x, Claim y, boolean running) {
        if (ofLaterPeriod(x, y) || ofLaterPeriod(y, x)) {
            return Relation.AGREE;
        }
        Interval a = x.interval();
        Interval b = y.interval();
        Claim higher = a.typical() > b.typical() ? x : y;
        Claim lower = higher == x ? y : x;
        boolean oneReport = x.docId().equals(y.docId());
        Integer order = oneReport ? Integer.valueOf(0) : higher.time().compare(lower.time());
        Integer byHour = oneReport ? order : higher.time().compareByHour(lower.time());
        boolean laterHour = byHour != null && byHour > 0;
        boolean earlierHour = byHour != null && byHour < 0;
        if (a.overlaps(b) && x.key().startsWith(ClockTimes.PREFIX)) {
            // Two times of one event that may both be right ("shortly after 11am", "approximately 11:05") agree.
            return Relation.AGREE;
        }
        if (a.overlaps(b)) {
            // "At least 23 dead" in the evening and "at least 26" late at night are the count rising, not two
            // estimates: a running count's bound is what has been confirmed by then.
            // Not a vague word's order of magnitude: "Hundreds evacuated" at dawn is no earlier count of the
            // night's "nearly 3,000" (fresh users' chemical fire and eruption had such "updates").
            if (running && laterHour && !a.sameAs(b) && a.typical() != b.typical() && !a.vague() && !b.vague()
                    && !a.roundedBoundOf(b) && !b.roundedBoundOf(a)) {
                return Relation.UPDATE;
            }
            return a.refines(b) || b.refines(a) ? Relation.AGREE : Relation.DIVERGENT;
        }
        boolean laterDay = order != null && order > 0;
        if ((x.price() || y.price()) && !(order != null && order == 0 && x.time().dated() && y.time().dated())) {
            // A price moves from day to day ("$51.43 a barrel" on one, "past $50 a barrel" on another: BBC false
            // alarms when rates written "a barrel" were read): two contradict only within one dated day, and a later
            // one updates only where worded as revised ("raised its offer to 450p a share").
            return laterDay && higher.revises() ? Relation.UPDATE : Relation.AGREE;
        }
        boolean sameOrUnknown = order == null || order == 0;
        // A revision at 09:00 is not revised by a lower count at 13:00 that day.
        if (laterDay && (running || higher.revises())
                || sameOrUnknown && !earlierHour && higher.revises() && !lower.revises()) {
            return Relation.UPDATE;
        }
        // A count of those still so ("still missing", "remain in hospital") falls as they are found or go home.
        if (earlierHour && stillSo(lower)) {
            return Relation.UPDATE;
        }
        // A count its earlier report already speaks of as rising ("has risen to 23" at 18:30) goes on rising: a
        // higher figure hours later that day continues it. Two counts of one moment stated apart still contradict.
        if (laterHour && running && lower.revises() && !higher.revises()) {
            return Relation.UPDATE;
        }
        return Relation.CONTRADICTION;
    }

    /**
     * Whether a claim counts those still so, in the words between the breaks around its figure: "14 people are still
     * missing", not "A total of 164 people have been injured, of whom 38 remain in a serious condition" (a fresh
     * user's earthquake had the official 164 injured "update" the morning's 210).
     */
    private static boolean stillSo(Claim c) {
        String text = c.sentence().text();
        int at = Math.max(0, text.indexOf(c.value()));
        int[] clause = FigureClause.betweenMarks(text, at, at + c.value().length());
        return Lexicon.STILL.matcher(text).region(clause[0], clause[1]).find();
    }

    /**
     * A weekday a few words after a verb of saying or of putting words out: "police confirmed on Sunday", "said late
     * on Friday", "in an interim notice issued on Wednesday evening" (a fresh user's tram crash had Wednesday's notice
     * of the speed at impact read as Wednesday's speed, no account of Tuesday's).
     */
    private static final Pattern SAID_ON = Pattern.compile("\\b(?:" + Attribution.SAYING + "|added|issued|published)"
            + "\\b[^.;]{0,24}?\\b(" + ReportTime.WEEKDAYS + ")\\b");

    /** Whether the lower-cased text names {@code day} as the day something was said. */
    private static boolean saidOn(String lower, String day) {
        return SAID_ON.matcher(lower).results().anyMatch(m -> m.group(1).equals(day));
    }

    /** Evening hours: "Friday night" had not begun when a report of Friday morning was written. */
    private static final java.time.LocalTime EVENING = java.time.LocalTime.of(18, 0);

    /**
     * Whether a figure is worded as a running total: by the lexicon's words anywhere in its sentence, or by a "since
     * the …" in its own phrase or opening its sentence ("handed out 900,000 litres since the notice was issued",
     * "Since the notice was issued, 480,000 litres…"). A "since the" elsewhere is another phrase's ("Margaret
     * Oyelaran, 71, who had lived in the block since the 1990s").
     */
    private static boolean wordedAsRunning(Claim c) {
        return wordedAsRunning(c, dev.crosscheck.quantity.QuantityParser.lowerCased(c.sentence().text()));
    }

    /** {@link #wordedAsRunning(Claim)}, for a caller that has the sentence lower-cased. */
    private static boolean wordedAsRunning(Claim c, String lower) {
        String text = c.sentence().text();
        int at = text.indexOf(c.value());
        if (at < 0) {
            return Lexicon.CUMULATIVE.matcher(lower).find();
        }
        int[] phrase = FigureClause.betweenMarks(text, at, at + c.value().length());
        // Up to the end of the figure's phrase: "Tarnley, some 45 miles from Ashcombe, makes … products, and
        // production there has been halted since the recall began" is no distance run up since then (a fresh user's
        // medicine recall had 30 and 45 miles as an update).
        if (Lexicon.CUMULATIVE.matcher(lower).region(0, phrase[1]).find()) {
            return true;
        }
        Matcher since = SINCE_THE.matcher(lower);
        return since.region(phrase[0], phrase[1]).find() || since.region(0, lower.length()).lookingAt();
    }

    /** A total counted from a past point: "since the notice was issued", "since the weekend". */
    private static final Pattern SINCE_THE = Pattern.compile("\\s*\\bsince the\\b");

    /**
     * Whether {@code a} counts what happened on a past day its clause names that had not come when {@code other}'s
     * report was written: "six people were detained on Friday night", in Saturday's report, is no later count of the
     * three arrested on Thursday night that Friday morning's report gave (a fresh user's election story showed it as
     * an update), unless worded as a running total ("has risen to", "so far").
     */
    private static boolean ofLaterPeriod(Claim a, Claim other) {
        java.time.DayOfWeek written = other.time().writtenOn();
        java.time.DayOfWeek own = a.time().writtenOn();
        String text = a.sentence().text();
        int at = text.indexOf(a.value());
        if (written == null || own == null || at < 0 || a.revises()) {
            return false;
        }
        String lower = dev.crosscheck.quantity.QuantityParser.lowerCased(text);
        String day = FigureClause.day(text, at, at + a.value().length());
        if (day == null || wordedAsRunning(a, lower) || saidOn(lower, day)) {
            // "…, the regional authority confirmed on Sunday": the day it was said, not the day it happened.
            return false;
        }
        java.time.DayOfWeek named = java.time.DayOfWeek.valueOf(day.toUpperCase(java.util.Locale.ROOT));
        int before = Math.floorMod(own.getValue() - named.getValue(), 7);
        if (before < 1 || before > 3) {
            // Only a past day its report looks back on ("on Friday night", in Saturday's paper); the report's own
            // day is as often the day it was said ("On Tuesday police said seven…").
            return false;
        }
        int ahead = Math.floorMod(named.getValue() - written.getValue(), 7);
        boolean evening = lower.contains(day + " night") || lower.contains(day + " evening");
        java.time.LocalTime clock = other.time().clock();
        return ahead >= 1 && ahead <= 3 || ahead == 0 && evening && clock != null && clock.isBefore(EVENING);
    }

    /**
     * An update's steps, in the order written, leaving out a later one lower than a step kept that it contradicts (a
     * fresh user's deaths read "first: One person; then: Three people; then: Two people", a fall shown as an update;
     * three against two is the contradiction reported beside it), and a later lower bound that the last step kept
     * already meets, which tells nothing new (a volunteer's "more than a dozen runners" treated, between the
     * organisers' 140 and 212).
     */
    private static List<List<Claim>> rising(List<List<Claim>> sides, List<List<Claim>> ordered,
                                            boolean[][] contradict) {
        List<List<Claim>> chain = new ArrayList<>();
        for (List<Claim> side : ordered) {
            int i = sides.indexOf(side);
            Interval interval = side.get(0).interval();
            double value = interval.typical();
            boolean known = !chain.isEmpty() && interval.high() == Double.POSITIVE_INFINITY
                    && interval.contains(chain.get(chain.size() - 1).get(0).interval().typical());
            if (!known && chain.stream().noneMatch(kept -> contradict[sides.indexOf(kept)][i]
                    && value < kept.get(0).interval().typical())) {
                chain.add(side);
            }
        }
        return chain;
    }

    /** The chosen sides in the order their reports were written (revising wording last among the same time). */
    private static List<List<Claim>> timeline(List<List<Claim>> sides, TreeSet<Integer> chosen) {
        List<List<Claim>> out = new ArrayList<>();
        for (int i : chosen) {
            out.add(sides.get(i));
        }
        out.sort(Comparator.comparing((List<Claim> s) -> s.stream().anyMatch(Claim::revises)));
        // A stable insertion sort by report time: times are only partly ordered, so no Comparator contract holds.
        for (int i = 1; i < out.size(); i++) {
            for (int j = i; j > 0 && earlier(out.get(j), out.get(j - 1)); j--) {
                List<Claim> t = out.get(j);
                out.set(j, out.get(j - 1));
                out.set(j - 1, t);
            }
        }
        return out;
    }

    private static boolean earlier(List<Claim> a, List<Claim> b) {
        Integer order = first(a).time().compareByHour(first(b).time());
        return order != null && order < 0;
    }

    /**
     * A side's earliest report, by its hour when two of one day give one: the side dates from when it was first
     * stated (a heatwave's three dead at 09:10 had dated from 11:00, after a tabloid's five at 10:40, and fell out of
     * the update to seven as a fall).
     */
    private static Claim first(List<Claim> side) {
        Claim first = side.get(0);
        for (Claim c : side) {
            Integer order = c.time().compareByHour(first.time());
            if (order != null && order < 0) {
                first = c;
            }
        }
        return first;
    }

    /**
     * One claim per voice: per source, except that sources a report quotes against each other (the operator says
     * five, the union eight) are voices of their own. A voice that revises itself counts with its revising claim,
     * else with its most precise figure ("stood at four" over "at least four").
     */
    static Map<String, Claim> voices(List<Claim> claims) {
        Map<String, List<Claim>> byDoc = new LinkedHashMap<>();
        for (Claim c : claims) {
            byDoc.computeIfAbsent(c.docId(), k -> new ArrayList<>()).add(c);
        }
        Map<String, Claim> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Claim>> e : byDoc.entrySet()) {
            Map<String, List<Claim>> bySpeaker = new LinkedHashMap<>();
            for (Claim c : e.getValue()) {
                String who = c.attribution().toLowerCase(java.util.Locale.ROOT);
                // Only figures the report states as what happened are set against each other: "affecting 5,000
                // passengers" and "affecting 17,000" may be two groups of flights.
                if (!who.isEmpty() && !c.revises() && (c.tally() || c.local())) {
                    bySpeaker.computeIfAbsent(who, k -> new ArrayList<>()).add(c);
                }
            }
            if (quotedAgainstEachOther(bySpeaker)) {
                bySpeaker.forEach((who, said) -> out.put(e.getKey() + "\u0000" + who, pick(said)));
            } else {
                out.put(e.getKey(), pick(e.getValue()));
            }
        }
        return out;
    }

    /** Whether a report quotes two named sources giving figures that cannot both be true. */
    private static boolean quotedAgainstEachOther(Map<String, List<Claim>> bySpeaker) {
        List<Claim> picks = bySpeaker.values().stream().map(Figures::pick).toList();
        for (int i = 0; i < picks.size(); i++) {
            for (int j = i + 1; j < picks.size(); j++) {
                if (!picks.get(i).interval().overlaps(picks.get(j).interval())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Claim pick(List<Claim> said) {
        Claim best = null;
        for (Claim c : said) {
            double width = best == null ? 0 : c.interval().width() - best.interval().width();
            // Of equal figures the report's text speaks for it rather than its headline, which shortens what the
            // text attributes ("four dead" for "killing four people, emergency officials said").
            if (best == null || c.revises() && !best.revises()
                    || c.revises() == best.revises() && (width < 0 || width == 0 && best.inHeadline() && !c.inHeadline()
                    || width == 0 && laterOfTally(c, best))) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Of two exact counts of a tally in one report, the higher is the report's own: a tally only rises, and the lower
     * is the report looking back ("Two people were arrested on the night itself", below "five people have now been
     * arrested" and "The five people arrested have been released": a fresh user's council budget protest had
     * Wednesday's report read as two, no update of Tuesday's two).
     */
    private static boolean laterOfTally(Claim c, Claim best) {
        return c.tally() && best.tally() && !c.inHeadline() && c.interval().typical() > best.interval().typical();
    }
}
