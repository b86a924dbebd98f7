package io.github.doctagger.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static DecodedText decode(byte[] bytes) throws DocumentException {
        return TextDecoder.decode(bytes, bytes.length, false);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void decodesUtf8WithAndWithoutBom() throws Exception {
        assertThat(decode("Grenzschutz an der Grenze – Zoll".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new DecodedText("Grenzschutz an der Grenze – Zoll", "UTF-8", false));
        DecodedText bom = decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Ceuta".getBytes(StandardCharsets.UTF_8)));
        assertThat(bom.text()).isEqualTo("Ceuta");
        assertThat(bom.charset()).isEqualTo("UTF-8-BOM");
    }

    @Test
    void decodesUtf16WithBomAndWithoutIt() throws Exception {
        assertThat(decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "frontière".getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(new DecodedText("frontière", "UTF-16LE", false));
        assertThat(decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "frontière".getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo(new DecodedText("frontière", "UTF-16BE", false));
        assertThat(decode("no mark here at all".getBytes(StandardCharsets.UTF_16LE)).charset()).isEqualTo("UTF-16LE");
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() throws Exception {
        byte[] latin = "Société Générale – façade".getBytes(Charset.forName("windows-1252"));
        DecodedText text = decode(latin);
        assertThat(text.charset()).isEqualTo("windows-1252");
        assertThat(text.text()).isEqualTo("Société Générale – façade");
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] bytes = "PK\u0003\u0004 some zip".getBytes(StandardCharsets.ISO_8859_1);
        bytes[5] = 0;
        bytes[6] = 0;
        bytes[9] = 0;
        assertThatThrownBy(() -> decode(bytes)).isInstanceOf(DocumentException.class)
                .extracting(e -> ((DocumentException) e).problem()).isEqualTo(DocumentProblem.BINARY);
    }

    @Test
    void emptyAndWhitespaceOnlyAreEmpty() {
        assertThatThrownBy(() -> decode(new byte[0])).extracting(e -> ((DocumentException) e).problem())
                .isEqualTo(DocumentProblem.EMPTY);
        assertThatThrownBy(() -> decode(" \n\t\r\n ".getBytes(StandardCharsets.UTF_8)))
                .extracting(e -> ((DocumentException) e).problem()).isEqualTo(DocumentProblem.EMPTY);
    }

    @Test
    void aCharacterCutByTruncationIsDroppedNotMisread() throws Exception {
        byte[] bytes = "Zoll €".getBytes(StandardCharsets.UTF_8);
        DecodedText text = TextDecoder.decode(bytes, bytes.length - 1, true);
        assertThat(text.charset()).isEqualTo("UTF-8");
        assertThat(text.text()).isEqualTo("Zoll ");
        assertThat(text.truncated()).isTrue();
    }
}
