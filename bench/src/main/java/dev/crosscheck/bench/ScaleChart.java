package dev.crosscheck.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The scale benchmark as a standalone SVG: question latency (p50 and p99) and indexing time against corpus size,
 * side by side, on a logarithmic article axis labelled with the measured sizes. Hand-written, so no plotting
 * library joins the build; each point carries its series and values as data attributes and a tooltip.
 */
public final class ScaleChart {
    private static final int WIDTH = 980;
    private static final int HEIGHT = 460;
    private static final int PANEL_WIDTH = 390;
    private static final int TOP = 80;
    private static final int BOTTOM = 380;
    private static final String FONT = "font-family=\"Helvetica, Arial, sans-serif\"";

    /** A line of points in one panel. */
    private record Series(String id, String name, String colour, boolean dashed, ToDoubleFunction<ScalePoint> value,
                          String unit) {
    }

    private ScaleChart() {
    }

    public static String svg(List<ScalePoint> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("nothing to chart");
        }
        List<ScalePoint> sorted = points.stream().sorted(Comparator.comparingInt(ScalePoint::articles)).toList();
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(fmt("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        sb.append(fmt("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        sb.append(fmt("<text x=\"%d\" y=\"32\" text-anchor=\"middle\" font-size=\"20\" font-weight=\"bold\" %s>"
                + "Crosscheck at scale: question latency and indexing time against corpus size</text>%n",
                WIDTH / 2, FONT));
        panel(sb, sorted, 80, "Question latency (warm, query embedding included)", "latency (ms)", List.of(
                new Series("p50", "p50", "#1f77b4", false, ScalePoint::p50Ms, "ms"),
                new Series("p99", "p99", "#d62728", true, ScalePoint::p99Ms, "ms")));
        panel(sb, sorted, 80 + PANEL_WIDTH + 110, "Indexing from scratch", "indexing time (s)", List.of(
                new Series("indexing", "indexing time", "#2ca02c", false, p -> p.index().indexSeconds(), "s")));
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static void panel(StringBuilder sb, List<ScalePoint> points, int left, String title, String yLabel,
                              List<Series> series) {
        int right = left + PANEL_WIDTH;
        double max = 0;
        for (Series s : series) {
            for (ScalePoint p : points) {
                max = Math.max(max, s.value().applyAsDouble(p));
            }
        }
        double step = niceStep(max > 0 ? max * 1.1 / 5 : 1);
        double top = Math.max(step, Math.ceil(max * 1.1 / step) * step);
        double lo = Math.log10(points.get(0).articles());
        double hi = Math.log10(points.get(points.size() - 1).articles());
        // A margin of a tenth of the range (half a decade for a single size) keeps the end points off the frame.
        double pad = hi > lo ? (hi - lo) * 0.08 : 0.5;
        Axis x = new Axis(lo - pad, hi + pad, left, right);
        Axis y = new Axis(0, top, BOTTOM, TOP);

        sb.append(fmt("<g class=\"panel\" %s>%n", FONT));
        sb.append(fmt("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
                (left + right) / 2, TOP - 22, escape(title)));
        for (double v = 0; v <= top + step / 2; v += step) {
            double py = y.at(v);
            sb.append(fmt("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e0e0e0\"/>%n", left, py, right,
                    py));
            sb.append(fmt("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"12\">%s</text>%n", left - 6,
                    py + 4, escape(tick(v, step))));
        }
        for (ScalePoint p : points) {
            double px = x.at(Math.log10(p.articles()));
            sb.append(fmt("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e0e0e0\"/>%n", px, TOP, px,
                    BOTTOM));
            sb.append(fmt("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\">%s</text>%n", px,
                    BOTTOM + 18, fmt("%,d", p.articles())));
        }
        sb.append(fmt("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n", left,
                TOP, PANEL_WIDTH, BOTTOM - TOP));
        sb.append(fmt("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"13\">articles (log scale)</text>%n",
                (left + right) / 2, BOTTOM + 42));
        sb.append(fmt("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"13\" transform=\"rotate(-90 %d %d)\">"
                + "%s</text>%n", left - 50, (TOP + BOTTOM) / 2, left - 50, (TOP + BOTTOM) / 2, escape(yLabel)));
        int legendY = TOP + 18;
        for (int si = 0; si < series.size(); si++) {
            Series s = series.get(si);
            StringBuilder path = new StringBuilder();
            for (ScalePoint p : points) {
                path.append(path.length() == 0 ? "M" : " L").append(fmt("%.1f %.1f", x.at(Math.log10(p.articles())),
                        y.at(s.value().applyAsDouble(p))));
            }
            sb.append(fmt("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n", path, s.colour(),
                    s.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
            for (ScalePoint p : points) {
                double v = s.value().applyAsDouble(p);
                double px = x.at(Math.log10(p.articles()));
                double py = y.at(v);
                String value = ScaleTable.num(v);
                sb.append(fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\" data-series=\"%s\" "
                                + "data-articles=\"%d\" data-value=\"%s\"><title>%s: %s %s at %,d articles</title>"
                                + "</circle>%n", px, py, s.colour(), s.id(), p.articles(), fmt("%.3f", v),
                        escape(s.name()), value, s.unit(), p.articles()));
                // A lower series (p50 under p99) is labelled below its points and the top one above, so labels
                // face away from each other; a label that would fall on the x axis goes to the point's right.
                boolean below = si == 0 && series.size() > 1;
                boolean beside = below && py + 17 > BOTTOM - 2;
                sb.append(fmt("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\" fill=\"%s\" "
                        + "stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>%n",
                        beside ? px + 8 : px, beside ? py + 4 : below ? py + 17 : py - 9, beside ? "start" : "middle",
                        s.colour(), value));
            }
            sb.append(fmt("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                    left + 12, legendY - 4, left + 36, legendY - 4, s.colour(),
                    s.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
            sb.append(fmt("<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>%n", left + 42, legendY,
                    escape(s.name())));
            legendY += 18;
        }
        sb.append("</g>\n");
    }

    /** Maps a value range linearly onto pixels (the x axis gets log10 of the article count). */
    private record Axis(double from, double to, double pixelFrom, double pixelTo) {
        double at(double v) {
            return pixelFrom + (v - from) / (to - from) * (pixelTo - pixelFrom);
        }
    }

    /** 1, 2, 2.5 or 5 times a power of ten, the smallest not below {@code rough}. */
    static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= rough) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String tick(double v, double step) {
        return step == Math.rint(step) ? fmt("%,.0f", v) : step * 10 == Math.rint(step * 10) ? fmt("%.1f", v)
                : fmt("%.2f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
