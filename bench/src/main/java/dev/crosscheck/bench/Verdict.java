package dev.crosscheck.bench;

/** Whether a reply answers its question correctly and, when not, why. */
public record Verdict(boolean correct, String why) {
    static final Verdict CORRECT = new Verdict(true, "");

    static Verdict wrong(String why) {
        return new Verdict(false, why);
    }
}
