package nl.xlascorecard.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.plugin.i18n.Messages;
import nl.xlascorecard.sandbox.webresource.JsI18nTransformer;

/** Jira's jsI18n transformation: literal keys become texts of the user's language, safely quoted. */
class JsI18nTransformerTest {

    private static Messages messages(Map<String, String> texts) {
        return new Messages() {
            @Override
            public String text(String key, Object... args) {
                return texts.getOrDefault(key, key);
            }

            @Override
            public Locale locale() {
                return Locale.forLanguageTag("nl");
            }
        };
    }

    @Test
    void literalKeysInEitherQuoteStyleAreReplaced() {
        String js = "a(AJS.I18n.getText('xla.save')); b(AJS.I18n.getText( \"xla.cancel\" ));";

        String out = JsI18nTransformer.transform(js, messages(Map.of("xla.save", "Opslaan", "xla.cancel", "Annuleren")));

        assertThat(out).isEqualTo("a(\"Opslaan\"); b(\"Annuleren\");");
    }

    @Test
    void callsWithArgumentsBecomeAjsFormat() {
        String out = JsI18nTransformer.transform("AJS.I18n.getText('xla.count', n, total)",
                messages(Map.of("xla.count", "{0} van {1}")));

        assertThat(out).isEqualTo("AJS.format(\"{0} van {1}\", n, total)");
    }

    @Test
    void textsAreQuotedSoTheyCannotBreakOutOfTheStringOrTheScript() {
        String out = JsI18nTransformer.transform("x = AJS.I18n.getText('k');",
                messages(Map.of("k", "\"quote\" \\ </script><img src=x onerror=alert(1)>\n")));

        assertThat(out).isEqualTo("x = \"\\\"quote\\\" \\\\ \\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e\\n\";");
    }

    @Test
    void computedKeysAndUnknownKeysAreHandledLikeJira() {
        assertThat(JsI18nTransformer.transform("AJS.I18n.getText(key)", messages(Map.of()))).isEqualTo("AJS.I18n.getText(key)");
        assertThat(JsI18nTransformer.transform("AJS.I18n.getText('no.such.key')", messages(Map.of()))).isEqualTo("\"no.such.key\"");
    }
}
