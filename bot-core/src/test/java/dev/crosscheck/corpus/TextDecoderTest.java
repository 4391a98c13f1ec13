package dev.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void decodesValidUtf8AsIs() {
        TextDecoder.Decoded d = TextDecoder.decode("Kyiv’s “dagger” — café\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Kyiv’s “dagger” — café\n", d.text());
        assertEquals(TextDecoder.Outcome.UTF_8, d.outcome());
        assertFalse(d.fellBack());
        assertFalse(d.binary());
    }

    @Test
    void readsUtf16InTheOrderItsByteOrderMarkGives() {
        String text = "Headline\nKyiv’s “dagger” — café.";
        byte[] little = concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE));
        byte[] big = concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE));
        for (byte[] b : new byte[][] {little, big}) {
            TextDecoder.Decoded d = TextDecoder.decode(b);
            assertEquals(text, d.text());
            assertEquals(TextDecoder.Outcome.UTF_16, d.outcome());
            assertFalse(d.binary() || d.fellBack());
        }
    }

    @Test
    void stripsUtf8ByteOrderMark() {
        byte[] withBom = concat(bytes(0xEF, 0xBB, 0xBF), "Headline\nBody.".getBytes(StandardCharsets.UTF_8));
        assertEquals("Headline\nBody.", TextDecoder.decode(withBom).text());
    }

    @Test
    void keepsLineEndingsVerbatim() {
        assertEquals("Headline\r\n\r\nBody.\rMore.\n",
                TextDecoder.decode("Headline\r\n\r\nBody.\rMore.\n".getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void fallsBackToWindows1252ForInvalidUtf8() {
        // "Mutu, a £15.8m signing, said it’s a café" as Windows-1252: 0xA3 pound, 0x92 apostrophe, 0xE9 e-acute.
        byte[] cp1252 = concat("Mutu, a ".getBytes(StandardCharsets.US_ASCII),
                concat(bytes(0xA3), concat("15.8m signing, said it".getBytes(StandardCharsets.US_ASCII),
                        concat(bytes(0x92), concat("s a caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9))))));
        TextDecoder.Decoded d = TextDecoder.decode(cp1252);
        assertEquals("Mutu, a £15.8m signing, said it’s a café", d.text());
        assertEquals(TextDecoder.Outcome.WINDOWS_1252, d.outcome());
        assertTrue(d.fellBack());
    }

    @Test
    void fallsBackWhenUtf8IsTruncatedMidCharacter() {
        // The first two bytes of a three-byte UTF-8 sequence: invalid as UTF-8, "â€" in Windows-1252.
        TextDecoder.Decoded d = TextDecoder.decode(concat("end".getBytes(StandardCharsets.US_ASCII), bytes(0xE2, 0x80)));
        assertTrue(d.fellBack());
        assertEquals("endâ€", d.text());
    }

    @Test
    void replacesBytesUnassignedInWindows1252() {
        TextDecoder.Decoded d = TextDecoder.decode(concat("x".getBytes(StandardCharsets.US_ASCII), bytes(0x81)));
        assertTrue(d.fellBack());
        assertEquals("x\uFFFD", d.text());
    }

    @Test
    void reportsNulBytesAsBinary() {
        TextDecoder.Decoded d = TextDecoder.decode(concat("%PDF-1.4 mostly text".getBytes(StandardCharsets.US_ASCII),
                bytes(0x00)));
        assertTrue(d.binary());
        assertEquals("", d.text());
    }

    @Test
    void reportsManyControlCharactersAsBinary() {
        assertTrue(TextDecoder.decode(bytes(0x01, 0x02, 0x03, 'a', 'b', 0x1B, 'c', 0x7F, 0x05, 'd')).binary());
    }

    @Test
    void acceptsTabsFormFeedsAndAStrayControlCharacter() {
        String text = "Col A\tCol B\fpage two\r\nThe quick brown fox jumps over the lazy dog" + (char) 0x1A;
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
        assertFalse(d.binary());
        assertEquals(text, d.text());
    }

    @Test
    void decodesEmptyInputAsEmptyText() {
        TextDecoder.Decoded d = TextDecoder.decode(new byte[0]);
        assertEquals("", d.text());
        assertEquals(TextDecoder.Outcome.UTF_8, d.outcome());
    }
}
