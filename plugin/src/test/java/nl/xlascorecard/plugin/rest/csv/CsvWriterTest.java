package nl.xlascorecard.plugin.rest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.shared.ValidationException;

class CsvWriterTest {

    private static String csv(CsvFormat format, Consumer<CsvWriter> fields) {
        StringWriter out = new StringWriter();
        CsvWriter writer = CsvWriter.to(out, format);
        fields.accept(writer);
        writer.flush();
        return out.toString();
    }

    @Test
    void quotesEveryTextFieldAndDoublesInnerQuotesAsRfc4180Says() {
        assertThat(csv(CsvFormat.COMMA, w -> w.text("plain").text("a, b").text("say \"hi\"").text("two\r\nlines")
                .text("").text(null).endRecord()))
                .isEqualTo("\"plain\",\"a, b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"\",\r\n");
    }

    @Test
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(csv(CsvFormat.COMMA, w -> w.text("=HYPERLINK(\"http://x\",\"y\")").text("+1").text("-1").text("@SUM(A1)")
                .text("\tx").text("\rx").text("a=1").text(" =1").text("'quoted").endRecord()))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"'+1\",\"'-1\",\"'@SUM(A1)\",\"'\tx\",\"'\rx\","
                        + "\"a=1\",\" =1\",\"'quoted\"\r\n");
    }

    @Test
    void numbersAreNumbersEvenWhenNegative() {
        assertThat(csv(CsvFormat.COMMA, w -> w.number(-3.5).number(72.0).number(0.1 + 0.2).number(2.0 / 3)
                .number(-0.0000001).number(1e21).number(null).number(Double.NaN).integer(-4).integer(null).endRecord()))
                .isEqualTo("-3.5,72,0.3,0.666667,0,1000000000000000000000,,,-4,\r\n");
    }

    @Test
    void semicolonFilesUseADecimalComma() {
        assertThat(csv(CsvFormat.SEMICOLON, w -> w.number(-3.25).text("a;b").bool(true).bool(null).endRecord()
                .header("x", "y")))
                .isEqualTo("-3,25;\"a;b\";true;\r\n\"x\";\"y\"\r\n");
    }

    @Test
    void aFileStartsWithTheUtf8ByteOrderMark() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvWriter.open(bytes, CsvFormat.COMMA).header("comment").text("Prima geholpen, dank je \u00e9\u00e9n keer")
                .endRecord().flush();
        byte[] written = bytes.toByteArray();
        assertThat(new byte[] {written[0], written[1], written[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF\"comment\"\r\n\"Prima geholpen, dank je \u00e9\u00e9n keer\"\r\n");
    }

    @Test
    void theSeparatorParameterIsCommaSemicolonOrA400NamingIt() {
        assertThat(CsvFormat.of(null)).isEqualTo(CsvFormat.COMMA);
        assertThat(CsvFormat.of("")).isEqualTo(CsvFormat.COMMA);
        assertThat(CsvFormat.of("comma")).isEqualTo(CsvFormat.COMMA);
        assertThat(CsvFormat.of("semicolon")).isEqualTo(CsvFormat.SEMICOLON);
        for (String bad : new String[] {";", ",", "tab", "SEMICOLON"}) {
            assertThatThrownBy(() -> CsvFormat.of(bad)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("separator"));
        }
    }
}
