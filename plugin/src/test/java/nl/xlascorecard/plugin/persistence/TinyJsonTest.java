package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TinyJsonTest {

    @Test
    void writesCompactJsonInInsertionOrder() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", 1);
        value.put("a", List.of(true, false, -7L));
        value.put("n", null);
        value.put("s", "x");
        assertThat(TinyJson.write(value)).isEqualTo("{\"b\":1,\"a\":[true,false,-7],\"n\":null,\"s\":\"x\"}");
    }

    @Test
    void escapesWhatJsonRequires() {
        assertThat(TinyJson.write("a\"b\\c\nd\re\tf\u0001g/\u00eb"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g/\u00eb\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "quote \" and \\ backslash", "lines\nand\ttabs\r", "\u0000\u001f controls",
            "\u20ac \u00eb \u6f22\u5b57 \ud83d\ude00", "{\"looks\":[\"like json\"]}", "</script><b>&amp;"})
    void readsBackEveryStringItWrote(String text) {
        assertThat(TinyJson.read(TinyJson.write(text))).isEqualTo(text);
        Map<String, Object> object = Map.of(text, text);
        assertThat(TinyJson.read(TinyJson.write(object))).isEqualTo(object);
    }

    @Test
    void readsStandardJsonWithWhitespaceAndEscapes() {
        Object value = TinyJson.read(" { \"a\" : [ 1 , -2 , true , null ] ,\n \"b\" : \"\\u00e9\\/\\b\\f\" } ");
        assertThat(value).isEqualTo(Map.of("a", Arrays.asList(1L, -2L, true, null), "b", "\u00e9/\b\f"));
        assertThat(TinyJson.read("{}")).isEqualTo(Map.of());
        assertThat(TinyJson.read("[]")).isEqualTo(List.of());
        assertThat(TinyJson.read("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\":1,}", "[1 2]", "\"open", "{\"a\":1} x", "1.5", "1e3", "-", "tru",
            "{\"a\":1,\"a\":2}", "\"\\x\"", "\"\\u12\"", "{a:1}", "99999999999999999999", "\"tab\there\""})
    void refusesAnythingElse(String json) {
        assertThatThrownBy(() -> TinyJson.read(json)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesValuesItCannotWrite() {
        assertThatThrownBy(() -> TinyJson.write(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TinyJson.write(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
