package dev.crosscheck.telegram;

/** Telegram's HTML parse mode: the three characters it reads as markup are escaped in everything from outside. */
final class Html {
    private Html() {
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A link on escaped {@code text}; in the address a double quote is escaped too, or it would end the attribute. */
    static String link(String escapedText, String url) {
        return "<a href=\"" + escape(url).replace("\"", "&quot;") + "\">" + escapedText + "</a>";
    }

    static String bold(String s) {
        return "<b>" + escape(s) + "</b>";
    }

    static String italic(String s) {
        return "<i>" + escape(s) + "</i>";
    }
}
