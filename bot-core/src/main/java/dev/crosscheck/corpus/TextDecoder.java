package dev.crosscheck.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes raw file bytes as UTF-16 when a byte order mark says so, else as strict UTF-8, falling back to Windows-1252,
 * and recognises binary content.
 */
public final class TextDecoder {

    /** Which way the bytes were read. */
    public enum Outcome {
        /** Valid UTF-8 (a leading byte order mark is dropped). */
        UTF_8,
        /** UTF-16, as its leading byte order mark (dropped) says. */
        UTF_16,
        /** Not valid UTF-8, so read as Windows-1252; callers should warn that the guess may be wrong. */
        WINDOWS_1252,
        /** Not text at all; {@code text} is empty. */
        BINARY
    }

    /** Decoded text plus how it was obtained; apart from a dropped BOM the text is exactly what the bytes say. */
    public record Decoded(String text, Outcome outcome) {
        public Decoded {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(outcome, "outcome");
        }

        public boolean fellBack() {
            return outcome == Outcome.WINDOWS_1252;
        }

        public boolean binary() {
            return outcome == Outcome.BINARY;
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    // Real text has the odd stray control character (a DOS end-of-file mark, a form feed); a tenth is not text.
    private static final double MAX_CONTROL_SHARE = 0.10;

    private static final int BOM_LENGTH = 3;

    private TextDecoder() {
    }

    /** Decodes {@code bytes}; never throws for bad input, it reports the fallback or binary outcome instead. */
    public static Decoded decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        Charset utf16 = utf16ByMark(bytes);
        if (utf16 != null) {
            // Windows editors save "Unicode" text so: every other byte of Latin text is NUL, which is no sign of binary.
            String text = utf16.decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
            return looksBinary(text.getBytes(StandardCharsets.UTF_8)) ? new Decoded("", Outcome.BINARY)
                    : new Decoded(text, Outcome.UTF_16);
        }
        if (looksBinary(bytes)) {
            return new Decoded("", Outcome.BINARY);
        }
        int offset = hasUtf8Bom(bytes) ? BOM_LENGTH : 0;
        ByteBuffer body = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(body)
                    .toString();
            return new Decoded(text, Outcome.UTF_8);
        } catch (CharacterCodingException e) {
            // Charset.decode replaces the five byte values Windows-1252 leaves unassigned with U+FFFD instead of failing.
            String text = WINDOWS_1252.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(text, Outcome.WINDOWS_1252);
        }
    }

    /** UTF-16 in the order its byte order mark gives, or null when the bytes open with none. */
    private static Charset utf16ByMark(byte[] bytes) {
        if (bytes.length < 2) {
            return null;
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        return first == 0xFE && second == 0xFF ? StandardCharsets.UTF_16BE
                : first == 0xFF && second == 0xFE ? StandardCharsets.UTF_16LE : null;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= BOM_LENGTH && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    /** NUL bytes, or many control bytes other than tab, newline, form feed and carriage return. */
    static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v == 0) {
                return true;
            }
            // Bytes below 0x20 only ever encode control characters, in UTF-8 and Windows-1252 alike.
            if ((v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f') || v == 0x7F) {
                controls++;
            }
        }
        return controls > 0 && controls >= bytes.length * MAX_CONTROL_SHARE;
    }
}
