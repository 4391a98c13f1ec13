package dev.crosscheck.quantity;

/**
 * A number found in text: its value (percentages as the number before the sign), how it was qualified
 * ("at least", "about"…), whether it is an ordinal ("sixth"), and where it stands in the text.
 */
public record Quantity(double value, Qualifier qualifier, boolean percent, boolean ordinal, int start, int end,
                       String surface) {

    /** How a figure is hedged; decides whether two figures can both be true. */
    public enum Qualifier {
        EXACT, AT_LEAST, MORE_THAN, AT_MOST, FEWER_THAN, ABOUT, RANGE_VAGUE
    }
}
