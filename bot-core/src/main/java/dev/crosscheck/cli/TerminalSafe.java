package dev.crosscheck.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Output to a terminal without the control characters an article's text may carry: ESC, BEL and the like set a
 * terminal's title or clear its screen (a fresh user's file did both through an answer quoting it). Line breaks and
 * tabs pass; JSON escapes its own.
 */
final class TerminalSafe extends FilterWriter {
    TerminalSafe(Writer out) {
        super(out);
    }

    static boolean shown(int c) {
        return c == '\n' || c == '\r' || c == '\t' || c >= 0x20 && (c < 0x7f || c > 0x9f);
    }

    @Override
    public void write(int c) throws IOException {
        if (shown(c)) {
            out.write(c);
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        char[] kept = new char[length];
        int n = 0;
        for (int i = offset; i < offset + length; i++) {
            if (shown(chars[i])) {
                kept[n++] = chars[i];
            }
        }
        out.write(kept, 0, n);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }
}
