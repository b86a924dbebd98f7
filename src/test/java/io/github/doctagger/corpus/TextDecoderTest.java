package io.github.doctagger.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The decoding rules, byte by byte: marks, UTF-16 without a mark, the windows-1252 fallback, cuts. */
class TextDecoderTest {
    private static final String TEXT = "Caf\u00e9 prices rose 5\u20ac on Monday \ud83d\ude00.";

    private static DecodedText decode(byte[] bytes) throws DocumentException {
        return TextDecoder.decode(bytes, bytes.length, false);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aByteOrderMarkDecidesTheEncodingAndIsRemoved() throws DocumentException {
        assertThat(decode(concat(bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(new DecodedText(TEXT, "UTF-8-BOM", false));
        assertThat(decode(concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(new DecodedText(TEXT, "UTF-16LE", false));
        assertThat(decode(concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo(new DecodedText(TEXT, "UTF-16BE", false));
    }

    @Test
    void readsUtf16WithoutAMarkFromWhereItsNulBytesSit() throws DocumentException {
        String latin = "Border guards closed the crossing.";
        assertThat(decode(latin.getBytes(StandardCharsets.UTF_16LE)).charset()).isEqualTo("UTF-16LE");
        assertThat(decode(latin.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(latin);
    }

    @Test
    void fallsBackToWindows1252ForTextThatIsNotUtf8() throws DocumentException {
        byte[] legacy = TEXT.replace("\ud83d\ude00", ":)").getBytes(Charset.forName("windows-1252"));

        DecodedText decoded = decode(legacy);

        assertThat(decoded.charset()).isEqualTo("windows-1252");
        assertThat(decoded.text()).isEqualTo("Caf\u00e9 prices rose 5\u20ac on Monday :).");
        assertThat(decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(new DecodedText(TEXT, "UTF-8", false));
    }

    @Test
    void dropsACharacterCutByTheSizeCapInsteadOfCallingTheTextBroken() throws DocumentException {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        for (int cut = 1; cut < utf8.length; cut++) {
            DecodedText decoded = TextDecoder.decode(utf8, cut, true);

            assertThat(decoded.charset()).as("cut at %d", cut).isEqualTo("UTF-8");
            assertThat(TEXT).as("cut at %d", cut).startsWith(decoded.text());
            assertThat(decoded.truncated()).isTrue();
        }
        byte[] marked = concat(bytes(0xEF, 0xBB, 0xBF), utf8);
        assertThat(TextDecoder.decode(marked, marked.length - 2, true).text()).doesNotContain("\ufffd");
    }

    @Test
    void callsEmptyWhitespaceOnlyAndMarkOnlyFilesEmpty() {
        for (byte[] empty : new byte[][] {new byte[0], " \t\r\n\f ".getBytes(StandardCharsets.US_ASCII),
            bytes(0xEF, 0xBB, 0xBF), bytes(0xFF, 0xFE, ' ', 0, '\n', 0)}) {
            assertThatThrownBy(() -> decode(empty)).isInstanceOfSatisfying(DocumentException.class,
                    e -> assertThat(e.problem()).isEqualTo(DocumentProblem.EMPTY));
        }
    }

    @Test
    void callsNulBytesOrControlCharactersBinary() {
        byte[] nuls = "PK\u0003\u0004 archive \u0000\u0000\u0001 data".getBytes(StandardCharsets.ISO_8859_1);
        byte[] controls = "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008 x".getBytes(StandardCharsets.US_ASCII);
        for (byte[] binary : new byte[][] {nuls, controls}) {
            assertThatThrownBy(() -> decode(binary)).isInstanceOfSatisfying(DocumentException.class,
                    e -> assertThat(e.problem()).isEqualTo(DocumentProblem.BINARY));
        }
    }
}
