package dev.crosscheck.corpus;

/** A twelve-hour clock's hour as the day's hour, as bylines and reports write it ("6.10pm", "at 11am"). */
public final class TwelveHourClock {
    private TwelveHourClock() {
    }

    /**
     * The day's hour of a twelve-hour clock's {@code hour} with its half ("a", "am", "p", "pm", any case): 12 a.m. is
     * 0, 6 p.m. is 18.
     */
    public static int hourOfDay(int hour, String half) {
        return hour % 12 + (Character.toLowerCase(half.charAt(0)) == 'p' ? 12 : 0);
    }
}
