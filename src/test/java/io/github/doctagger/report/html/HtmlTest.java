package io.github.doctagger.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesMarkupQuotesAndControlCharacters() {
        assertThat(Html.escape("<img src=x onerror=alert(1)>.txt")).isEqualTo("&lt;img src=x onerror=alert(1)&gt;.txt");
        assertThat(Html.escape("a \"b\" & 'c'")).isEqualTo("a &quot;b&quot; &amp; &#39;c&#39;");
        assertThat(Html.escape("nul\u0000 bell\u0007 tab\t")).isEqualTo("nul\uFFFD bell\uFFFD tab\t");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void writesNumbersTheSameWayWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Html.number(0.4805, 3)).isEqualTo("0.481");
            assertThat(Html.number(-0.0001, 2)).isEqualTo("0.00");
            assertThat(Html.signed(-0.031, 3)).isEqualTo("−0.031");
            assertThat(Html.signed(0.0821, 3)).isEqualTo("+0.082");
            assertThat(Html.signed(-0.0001, 2)).isEqualTo("−0.00");
            assertThat(Html.count(1234567)).isEqualTo("1,234,567");
            assertThat(Html.count(0)).isEqualTo("0");
            assertThat(Html.count(999)).isEqualTo("999");
            assertThat(Html.count(1000)).isEqualTo("1,000");
            assertThat(Html.count(-12345)).isEqualTo("-12,345");
            assertThat(Html.number(-2.5, 0)).isEqualTo("-3");
            assertThat(Html.number(1234.5678, 2)).isEqualTo("1234.57");
            assertThat(Html.number(0.05, 1)).isEqualTo("0.1");
            assertThat(Html.number(3e12, 1)).isEqualTo("3000000000000.0");
            assertThat(Html.percent(1, 3)).isEqualTo("33.3%");
            assertThat(Html.percent(0, 0)).isEqualTo("–");
            assertThat(Html.bytes(2750)).isEqualTo("2.8 KB");
            assertThat(Html.duration(185)).isEqualTo("3 min 05 s");
            assertThat(Html.coordinate(12.50)).isEqualTo("12.5");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void showsIsoTimesForPeople() {
        assertThat(Html.time("2026-11-26T16:28:15Z")).isEqualTo("2026-11-26 16:28:15 UTC");
        assertThat(Html.time("yesterday")).isEqualTo("yesterday");
    }
}
