package dev.crosscheck.conflict;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who a sentence says a claim comes from: "according to emergency services", "Energoatom said", "said the air force". */
final class Attribution {
    private static final String WHO = "((?:the )?(?:[A-Z][\\p{L}\\-]+ ){0,4}?[A-Z][\\p{L}\\-]+|(?:the |its |their )?"
            + "(?:[a-z\\-]+ ){0,3}?(?:officials?|authorities|services|ministry|military|police|governor|mayor|"
            + "operator|company|army|air force|spokesman|spokeswoman|statement|media|press service))";
    private static final Pattern ACCORDING = Pattern.compile("(?i:according to) " + WHO);
    private static final Pattern SAID_BY = Pattern.compile(WHO + " (?:said|says|told|reported|announced|stated|"
            + "confirmed|wrote|claimed|claims)\\b");
    private static final Pattern SAID_AFTER = Pattern.compile("\\b(?:said|says|reported|announced) " + WHO
            + "\\s*[.,]?\\s*$");

    private Attribution() {
    }

    /** The named or described source, or "" when the sentence does not say. */
    static String of(String sentence) {
        for (Pattern p : new Pattern[] {ACCORDING, SAID_AFTER, SAID_BY}) {
            Matcher m = p.matcher(sentence);
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return "";
    }
}
