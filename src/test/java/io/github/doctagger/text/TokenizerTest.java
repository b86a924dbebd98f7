package io.github.doctagger.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        new Tokenizer(2, 40).tokenize(text, (hash, start, end) -> out.add(Tokenizer.term(text, start, end)));
        return out;
    }

    @Test
    void splitsOnNonWordCharactersAndLowerCasesWithoutLocale() {
        assertThat(tokens("Army chiefs' talks: TIGHTER border-security, İstanbul 2026!"))
                .containsExactly("army", "chiefs", "talks", "tighter", "border", "security", "istanbul", "2026");
    }

    @Test
    void dropsOneLetterAndOverlongTokens() {
        assertThat(tokens("a b cd " + "x".repeat(41))).containsExactly("cd");
    }

    @Test
    void hashOfATermEqualsTheHashSeenWhileTokenising() {
        String text = "Grenzübergang Torkham";
        List<Long> hashes = new ArrayList<>();
        new Tokenizer(2, 40).tokenize(text, (hash, start, end) -> hashes.add(hash));
        assertThat(hashes).containsExactly(Tokenizer.hash("grenzübergang"), Tokenizer.hash("torkham"));
        assertThat(Tokenizer.bigram(hashes.get(0), hashes.get(1))).isNotEqualTo(Tokenizer.bigram(hashes.get(1), hashes.get(0)));
    }

    @Test
    void theAsciiShortcutSplitsAndHashesLikeTheUnicodeRules() {
        for (char c = 0; c < 128; c++) {
            String text = "xx" + c + "yY";
            List<Long> hashes = new ArrayList<>();
            new Tokenizer(2, 40).tokenize(text, (hash, start, end) -> hashes.add(hash));
            if (Tokenizer.isWordChar(c)) {
                assertThat(hashes).as("char %d", (int) c).containsExactly(Tokenizer.hash("xx" + Character.toLowerCase(c) + "yy"));
            } else {
                assertThat(hashes).as("char %d", (int) c).containsExactly(Tokenizer.hash("xx"), Tokenizer.hash("yy"));
            }
        }
        assertThat(tokens("Ärger über Äpfel, NAÏVE café")).containsExactly("ärger", "über", "äpfel", "naïve", "café");
    }
}
