package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TemplateJsonTest {

    @Test
    void readsBackWhatItWrote() {
        var categories = TestTemplates.categories("Tekst met \"aanhalingstekens\", \\ en\nregels \u00eb");
        assertThat(TemplateJson.read(TemplateJson.write(categories))).isEqualTo(categories);
    }

    @Test
    void marksTheLayoutWithItsFormatNumber() {
        assertThat(TemplateJson.write(TestTemplates.categories("x"))).startsWith("{\"format\":1,\"categories\":[");
    }

    @Test
    void refusesAnUnknownFormatOrShape() {
        assertThatThrownBy(() -> TemplateJson.read("{\"format\":2,\"categories\":[]}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemplateJson.read("{\"format\":1,\"categories\":[{\"category\":\"NOPE\"}]}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemplateJson.read("[]")).isInstanceOf(IllegalArgumentException.class);
    }
}
