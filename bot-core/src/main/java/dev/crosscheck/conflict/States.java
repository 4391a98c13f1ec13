package dev.crosscheck.conflict;

import dev.crosscheck.quantity.QuantityParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the states sources report for one thing. A source whose last word is a change back ("later
 * reconnected") against one that only reports the earlier state is an update, not a contradiction.
 */
final class States {
    /** Wording that says a state went on: it contradicts a report, of the same time, that it changed. */
    private static final java.util.regex.Pattern PERSISTS = java.util.regex.Pattern.compile(
            "(?i)\\b(still|remains?|remained|stays?|stayed|continues? to|continued to|yet to)\\b");
    /** A state said to have held since a time: "has been open to emergency vehicles since Tuesday afternoon". */
    private static final java.util.regex.Pattern SO_SINCE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:has|have|had) been (?:[\\p{L}'’-]+ ){1,6}?since\\b");

    /**
     * A state said to have gone on through the night ("remained closed overnight") is the night's before its report,
     * which a change reported later that day follows (a fresh user's siege had a road's 06:00 reopening set against
     * a dawn report that it "remained closed overnight", and so against every earlier day's closure).
     */
    private static final java.util.regex.Pattern OVERNIGHT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:overnight|through the night|all night)\\b");

    private States() {
    }

    /**
     * The conflicts of one thing's state by group key, if its sources disagree: a contradiction of one day, and
     * beside it the change a later day's reports tell ("closed" against "open" on Tuesday, "reopened" on Wednesday).
     */
    static Map<String, Conflict> compare(String key, List<Claim> claims, WordKinds kinds) {
        Conflict c = conflict(key, claims, kinds);
        if (c == null) {
            return Map.of();
        }
        if (c.kind() == Conflict.Kind.CONTRADICTION) {
            Map<String, Conflict> split = splitLater(key, claims, kinds);
            if (split != null) {
                return split;
            }
        }
        return Map.of(key, c);
    }

    /**
     * A contradiction whose one side also holds reports that tell how the state went on: of a later day than every
     * report of the other side, or before the change every report of the other side tells. Those are an update
     * beside the contradiction of the rest (a fresh user's port, open and closed on Tuesday and reopened on
     * Wednesday, had Wednesday's reports listed as contradicting Tuesday's; a road that "remains closed" at 08:15,
     * "reopened late on Wednesday" and was "still closed on Thursday morning" is an update, then a contradiction);
     * else null. A report that says the state persisted past the other side's change stays in the contradiction.
     */
    private static Map<String, Conflict> splitLater(String key, List<Claim> claims, WordKinds kinds) {
        Map<String, Claim> bySource = ConflictDetector.perSource(finalStates(claims));
        for (int polarity : new int[] {1, -1}) {
            List<Claim> side = new ArrayList<>();
            List<Claim> other = new ArrayList<>();
            for (Claim c : bySource.values()) {
                (c.polarity() == polarity ? side : other).add(c);
            }
            List<Claim> later = side.stream().filter(c -> other.stream().allMatch(o -> after(c, o)
                    && !persistsPast(o, c, side))).toList();
            List<Claim> before = side.stream().filter(c -> !later.contains(c)
                    && other.stream().allMatch(o -> changedFrom(c, o, key, kinds))).toList();
            List<Claim> atOdds = side.stream().filter(c -> !later.contains(c) && !before.contains(c))
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            if (later.isEmpty() && before.isEmpty() || atOdds.isEmpty() || other.isEmpty()) {
                continue;
            }
            atOdds.addAll(other);
            Conflict contradiction = conflict(key, atOdds, kinds);
            if (contradiction == null || contradiction.kind() != Conflict.Kind.CONTRADICTION) {
                continue;
            }
            List<List<Claim>> told = new ArrayList<>();
            for (List<Claim> step : List.of(before, other, later)) {
                if (!step.isEmpty()) {
                    told.add(step);
                }
            }
            String updateKey = key + Figures.UPDATE_SUFFIX;
            Map<String, Conflict> out = new java.util.LinkedHashMap<>();
            out.put(key, contradiction);
            out.put(updateKey, Conflicts.build(updateKey, claims.get(0).topic(), Conflict.Kind.UPDATE, told));
            return out;
        }
        return null;
    }

    /**
     * Whether the other report tells a change from the state the first says, after it: of a later day, or of the
     * same day the change back its report tells and this one was written before.
     */
    private static boolean changedFrom(Claim state, Claim change, String key, WordKinds kinds) {
        Integer order = state.when().compare(change.when());
        if (order == null || order > 0 || order == 0 && (state.revises() || !change.revises())) {
            return false;
        }
        Conflict pair = conflict(key, List.of(state, change), kinds);
        return pair != null && pair.kind() == Conflict.Kind.UPDATE;
    }

    private static Conflict conflict(String key, List<Claim> claims, WordKinds kinds) {
        Map<String, Claim> bySource = ConflictDetector.perSource(finalStates(claims));
        if (bySource.size() < 2) {
            return null;
        }
        List<Claim> positive = new ArrayList<>();
        List<Claim> negative = new ArrayList<>();
        for (Claim c : bySource.values()) {
            (c.polarity() > 0 ? positive : negative).add(c);
        }
        if (positive.isEmpty() || negative.isEmpty() || !sameThing(positive, negative, kinds)) {
            return null;
        }
        if (key.startsWith(Negations.PREFIX) && !sameKnownDay(positive, negative)) {
            // A denial and an affirmation in reports of different days: what is denied ("no one has been
            // arrested", "the driver has not been arrested") is denied of every day before, so what an earlier day's
            // report tells done contradicts it, and what a later day's tells follows it (has been ruled out since).
            // Undated reports give no way to tell, nor do plans ("he would not create any tax commitments until the
            // manifesto", "we will create commitments … at the time of the manifesto"), unless denied of anyone.
            boolean planned = !key.endsWith(":" + Negations.ANYONE) && java.util.stream.Stream.concat(
                    positive.stream(), negative.stream()).anyMatch(States::planned);
            Integer order = planned ? null : daysApart(positive, negative);
            return order == null ? null : Conflicts.build(key, claims.get(0).topic(),
                    order < 0 ? Conflict.Kind.CONTRADICTION : Conflict.Kind.UPDATE,
                    order < 0 ? List.of(positive, negative) : List.of(negative, positive));
        }
        boolean update = updates(positive, negative);
        Integer order = positive.get(0).when().compare(negative.get(0).when());
        if (order != null && order == 0 && inTurn(positive.get(0), negative.get(0))) {
            order = positive.get(0).when().compareByHour(negative.get(0).when());
        }
        List<List<Claim>> ordered = update && order != null && order < 0 ? List.of(positive, negative)
                : update ? List.of(negative, positive) : List.of(positive, negative);
        return Conflicts.build(key, claims.get(0).topic(), update ? Conflict.Kind.UPDATE : Conflict.Kind.CONTRADICTION,
                ordered);
    }

    /** Whether a claim's sentence speaks of a plan or a forecast ("will", "would", "expected to"). */
    private static boolean planned(Claim c) {
        return Lexicon.FORECAST.matcher(QuantityParser.lowerCased(c.sentence().text())).find();
    }

    /**
     * -1 when everything the one side tells is of a known day before every report of the other, 1 when after, else
     * null.
     */
    private static Integer daysApart(List<Claim> positive, List<Claim> negative) {
        int sign = 0;
        for (Claim p : positive) {
            ReportTime done = p.told();
            for (Claim n : negative) {
                Integer order = done.compare(n.when());
                if (order == null || order == 0 || !done.known() || done.fromFile() || sign != 0
                        && sign != order) {
                    return null;
                }
                sign = order;
            }
        }
        return sign;
    }

    /** Whether some report of the one side and some of the other are of one known day, not one only a file dates. */
    private static boolean sameKnownDay(List<Claim> positive, List<Claim> negative) {
        for (Claim p : positive) {
            for (Claim n : negative) {
                Integer order = p.when().compare(n.when());
                if (order != null && order == 0 && p.when().known() && !p.when().fromFile()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the two states are one after the other rather than at odds: reports of different days tell how the
     * state changed; on the same day (or when the days are unknown) a change back ("reopened", "reconnected") updates
     * the other state, unless that one is said to persist ("was still shut", "remains closed"), and so do two reports
     * that had the state {@link #inTurn in turn}.
     */
    private static boolean updates(List<Claim> positive, List<Claim> negative) {
        boolean revised = positive.stream().anyMatch(Claim::revises);
        boolean otherDays = false;
        boolean inTurn = false;
        for (Claim p : positive) {
            java.time.LocalTime changed = null;
            boolean read = false;
            for (Claim n : negative) {
                Integer order = p.when().compare(n.when());
                if (order == null) {
                    continue;
                }
                if (order != 0) {
                    if (persistsPast(order < 0 ? p : n, order < 0 ? n : p, order < 0 ? negative : positive)) {
                        return false;
                    }
                    otherDays = true;
                    continue;
                }
                // Two reports of one day at odds: that the state changed since an earlier day's report does not
                // settle which of them is right, nor does a change back told before the other report's hour
                // ("reopened at 7am" at 09:30 against "remained closed" at 10:15). Every such pair counts, and the
                // change back must be this report's: a later day's "fully reopened" does not make Monday's "remain
                // open as usual" a change from Monday's "closed" (a fresh user's libraries).
                // A state said to persist in a report written before the hour the change back names is the state
                // until then: "The airport remained closed on Tuesday morning" at 07:30, then "reopened to traffic at
                // 11am" (a fresh user's runway accident had them as a contradiction); "remains closed" at 14:00 still
                // contradicts "reopened at 5am".
                if (inTurn(p, n)) {
                    inTurn = true;
                    continue;
                }
                Integer byHour = p.when().compareByHour(n.when());
                if (!p.revises() || byHour != null && byHour < 0) {
                    return false;
                }
                if (persists(n) && !OVERNIGHT.matcher(n.sentence().text()).find()) {
                    if (!read) {
                        changed = ReportTime.happenedAt(p.sentence().text());
                        read = true;
                    }
                    if (changed == null || n.when().clock() == null || !n.when().clock().isBefore(changed)) {
                        return false;
                    }
                }
            }
        }
        return otherDays || revised || inTurn;
    }

    /**
     * Whether two reports of one day had the state one after the other: the one written first had its state at its
     * hour, and the other's names a later part of the day, without saying the state went on from before ("The
     * terminal stayed open on Monday morning" at 11:20, "was closed to all passenger traffic this afternoon" at
     * 18:05). Not a denial against its affirmation: "had ruled out sabotage" and "tonight police have not ruled out
     * sabotage" are at odds whatever the hour.
     */
    private static boolean inTurn(Claim a, Claim b) {
        Integer byHour = a.when().compareByHour(b.when());
        if (a.key().startsWith(Negations.PREFIX) || byHour == null || byHour == 0 || a.when().clock() == null
                || b.when().clock() == null) {
            return false;
        }
        Claim first = byHour < 0 ? a : b;
        Claim then = byHour < 0 ? b : a;
        java.time.LocalTime at = ReportTime.happenedAt(then.sentence().text());
        // One that has held "since Tuesday afternoon" did not begin in the afternoon of the other report's day.
        return at != null && first.when().clock().isBefore(at) && !persists(then)
                && !SO_SINCE.matcher(then.sentence().text()).find();
    }

    /**
     * Whether a state said on a later day to persist ("was still closed on Thursday morning") goes on past the change
     * from it an earlier day's report tells ("reopened late on Wednesday"), with no report of the persisting side
     * between them to say it changed again: the two accounts cannot both be true.
     */
    private static boolean persistsPast(Claim change, Claim persisting, List<Claim> persistingSide) {
        if (!persists(persisting) || persisting.revises() || OVERNIGHT.matcher(persisting.sentence().text()).find()) {
            return false;
        }
        // A state told without a change ("Production at the plant has been suspended") may have changed again later
        // that day: only a persisting side silent from that day on contradicts it ("was still running on
        // Wednesday", a fresh user's medicine recall); a change back ("reopened late on Wednesday") is that day's last
        // word.
        return persistingSide.stream().noneMatch(m -> m != persisting && after(persisting, m)
                && (after(m, change) || !change.revises() && sameDay(m, change)));
    }

    private static boolean sameDay(Claim a, Claim b) {
        Integer order = a.told().compare(b.told());
        return order != null && order == 0;
    }

    private static boolean after(Claim a, Claim b) {
        Integer order = a.told().compare(b.told());
        return order != null && order > 0;
    }

    /**
     * A source that reports both states ("briefly cut off … later reconnected") counts with the one it ends on: the
     * revising claim if it has one, else its last, unless an earlier one of the same state says it persists.
     */
    private static List<Claim> finalStates(List<Claim> claims) {
        Map<String, Claim> last = new java.util.LinkedHashMap<>();
        for (Claim c : claims) {
            Claim seen = last.get(c.docId());
            if (seen == null || !seen.revises() && (c.revises() || c.sentence().ordinal() >= seen.sentence().ordinal()
                    && !(c.polarity() == seen.polarity() && persists(seen) && !persists(c)))) {
                last.put(c.docId(), c);
            }
        }
        return new ArrayList<>(last.values());
    }

    /** Of two sentences of one report saying one state, one saying it still holds ("remains closed") speaks for it. */
    private static boolean persists(Claim c) {
        return PERSISTS.matcher(c.sentence().text()).find();
    }

    /**
     * Things named by different places on the two sides (two different plants) are not the same thing, nor are
     * statements by different bodies ("police" against "the union"); "officers" and "police" are one.
     */
    private static boolean sameThing(List<Claim> a, List<Claim> b, WordKinds kinds) {
        for (Claim x : a) {
            for (Claim y : b) {
                if (!x.subject().isEmpty() && !y.subject().isEmpty()
                        && !share(x.subject().split("\\+"), y.subject().split("\\+"), kinds)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean share(String[] a, String[] b, WordKinds kinds) {
        for (String x : a) {
            for (String y : b) {
                if (kinds.sameBody(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
