package io.github.doctagger.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlPageTest {
    private final String page = new HtmlPage("Run <1>", Palette.of(List.of("sport")))
            .subtitle("sub").intro("<p>intro</p>").section("one", "First & only", "<p>body</p>").footer("foot").render();

    @Test
    void isOneSelfContainedPageWithATableOfContents() {
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .contains("<title>Run &lt;1&gt;</title>").contains("<h1>Run &lt;1&gt;</h1>")
                .contains("<a href=\"#one\">First &amp; only</a>").contains("<section id=\"one\">")
                .contains(".cat0{--c:#4e79a7").contains("<style>").contains("@media print")
                .doesNotContain("http://", "https://", "<link", "src=\"");
    }

    @Test
    void letsOnlyItsOwnScriptRun() throws Exception {
        Matcher policy = Pattern.compile("script-src 'sha256-([^']+)'").matcher(page);
        assertThat(policy.find()).isTrue();
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertThat(script.find()).isTrue();
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(StandardCharsets.UTF_8));
        assertThat(policy.group(1)).isEqualTo(Base64.getEncoder().encodeToString(hash));
        assertThat(page).contains("default-src 'none'");
    }
}
