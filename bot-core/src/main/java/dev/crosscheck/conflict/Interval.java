package dev.crosscheck.conflict;

import dev.crosscheck.quantity.Quantity;
import dev.crosscheck.quantity.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The range of values a hedged figure allows: "at least 6" is [6, ∞), "about 40,000" a band around 40,000.
 * {@code converted} marks a figure written in another unit than the one it is compared in (three miles, in km).
 */
record Interval(double low, double high, boolean approximate, boolean converted) {
    /** How wide "about", "around", "nearly" are taken to be, either side. */
    private static final double ABOUT = 0.15;
    /** Points this close are one figure rounded differently. */
    private static final double ROUNDING = 0.005;

    static Interval of(Quantity q) {
        double v = q.value();
        return switch (q.qualifier()) {
            case EXACT -> new Interval(v, v, false, false);
            case AT_LEAST -> new Interval(v, Double.POSITIVE_INFINITY, false, false);
            case MORE_THAN -> new Interval(Math.nextUp(v), Double.POSITIVE_INFINITY, false, false);
            case AT_MOST -> new Interval(0, v, false, false);
            case FEWER_THAN -> new Interval(0, Math.nextDown(v), false, false);
            case ABOUT -> new Interval(v * (1 - ABOUT), v * (1 + ABOUT), true, false);
            case RANGE_VAGUE -> vague(v);
        };
    }

    /**
     * "dozens" is at least 24, "hundreds" at least 100, "hundreds of thousands" at least 100,000: a vague figure
     * says how many there were at least, as "thousands of homes" does of 18,000 (a fresh user's heatwave wire had
     * been set against its own later count).
     */
    private static Interval vague(double v) {
        double low = v == 24 ? 24 : Math.pow(10, Math.floor(Math.log10(v)));
        return new Interval(low, Double.POSITIVE_INFINITY, true, false);
    }

    /** A vague word's figure ("hundreds", "thousands"): an order of magnitude, open above. */
    boolean vague() {
        return approximate && high == Double.POSITIVE_INFINITY;
    }

    /** The same figure in another unit: 56 mph as km/h. */
    Interval scaled(double factor) {
        return factor == 1 ? this : new Interval(low * factor, high * factor, approximate, true);
    }

    /** The same figure with {@code more} added: "three years and six months" as 3.5 years. */
    Interval plus(double more) {
        return more == 0 ? this : new Interval(low + more, high == Double.POSITIVE_INFINITY ? high : high + more,
                approximate, converted);
    }

    /** Whether two figures agree at the coarser of the precisions they are written to (decimals or final zeros). */
    private static boolean sameRounded(double a, double b) {
        BigDecimal x = written(a);
        BigDecimal y = written(b);
        int coarser = Math.min(x.scale(), y.scale());
        return x.setScale(coarser, RoundingMode.HALF_UP).compareTo(y.setScale(coarser, RoundingMode.HALF_UP)) == 0;
    }

    /**
     * A figure as written, its scale the decimal places it has (negative for final zeros: 14,200 is -2). Twelve
     * significant digits undo the binary error of a parsed and scaled figure (1.4 × 1,000,000).
     */
    private static BigDecimal written(double v) {
        return new BigDecimal(v).round(new MathContext(12, RoundingMode.HALF_UP)).stripTrailingZeros();
    }

    /**
     * Whether the two allow a value in common; a figure converted from another unit by as much as a written conversion
     * is rounded: "gusts of 78mph" (125.5 km/h) are within "gusts of up to 125 km/h" (a fresh user's storm).
     */
    boolean overlaps(Interval o) {
        double slack = slack(o);
        return low <= o.high + slack && o.low <= high + slack;
    }

    /** How far two figures may be apart and still meet: a written conversion's rounding, when either is converted. */
    private double slack(Interval o) {
        return converted || o.converted ? Units.CONVERSION * Math.max(Math.abs(typical()), Math.abs(o.typical())) : 0;
    }

    boolean contains(double v) {
        return low <= v && v <= high;
    }

    /** Open on one side: "at least 6", "more than 40", "fewer than 10". */
    boolean isOpen() {
        return high == Double.POSITIVE_INFINITY || low == 0 && !approximate && !isPoint();
    }

    /** How wide the band is (infinite when open above). */
    double width() {
        return high - low;
    }

    /** The value a reader would take from it: the bound of an open figure, the middle of a band. */
    double typical() {
        if (high == Double.POSITIVE_INFINITY) {
            return low;
        }
        return low == 0 && !approximate ? high : (low + high) / 2;
    }

    /** A closed figure inside an open one says the same more precisely: "43" within "more than 40". */
    boolean refines(Interval o) {
        double slack = slack(o);
        return !isOpen() && o.isOpen() && o.low <= low + slack && high <= o.high + slack;
    }

    /**
     * Whether this open figure is the other's rounded bound: "more than 40" for 43 says the same, where "at least
     * 26" for 47, or "more than 40" for 57, is an earlier count.
     */
    boolean roundedBoundOf(Interval closed) {
        if (!closed.refines(this) || high != Double.POSITIVE_INFINITY) {
            return false;
        }
        double bound = Math.rint(typical());
        double step = 1;
        while (bound >= step * 10 && bound % (step * 10) == 0) {
            step *= 10;
        }
        return closed.high < bound + step;
    }

    boolean isPoint() {
        return low == high;
    }

    /** Two figures that state the same thing in different words: 15, fifteen and "around 15". */
    boolean sameAs(Interval o) {
        if (low == o.low && high == o.high) {
            return true;
        }
        // 260.75bn and 261bn: the same figure, rounded; and five acres against 2 hectares, rounded when converted.
        double rounding = converted || o.converted ? Units.CONVERSION : ROUNDING;
        // Two hedged figures alike: "about 30 miles" and "some 48 kilometres" are one distance.
        boolean alike = isPoint() && o.isPoint() || approximate && o.approximate && !vague() && !o.vague();
        if (alike && Math.abs(typical() - o.typical()) <= rounding * Math.max(typical(), o.typical())) {
            // Close is not enough for two exact figures written in the same unit: 261 is 260.75 rounded and 14,200
            // is 14,212, but 41.2 % is no rounding of 41.4 % (a fresh user's by-election turnout).
            return converted || o.converted || !isPoint() || !o.isPoint() || sameRounded(low, o.low);
        }
        return approximate && o.isPoint() && contains(o.low) || o.approximate && isPoint() && o.contains(low);
    }
}
