package nl.xlascorecard.core.scorecard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.organisation.domain.Language;

class DefaultTemplateTest {

    private final ScorecardTemplate template = DefaultTemplate.asVersion1(Instant.parse("2026-01-05T08:00:00Z"));

    @Test
    void meetsTheTemplateRules() {
        assertThat(TemplateRules.check(template.categories())).isEmpty();
        assertThat(template.version()).isEqualTo(1);
        assertThat(template.createdBy()).isNull();
    }

    @Test
    void hasFiveStatementsPerCategoryKeyedByCategoryPrefix() {
        assertThat(template.categories()).extracting(TemplateCategory::category).containsExactly(Category.values());
        List<String> prefixes = List.of("REL", "ASS", "PAR", "EMP", "COM");
        for (int i = 0; i < 5; i++) {
            String prefix = prefixes.get(i);
            assertThat(template.categories().get(i).statements()).extracting(TemplateStatement::key)
                    .containsExactly(prefix + "_1", prefix + "_2", prefix + "_3", prefix + "_4", prefix + "_5");
        }
        assertThat(template.statements()).hasSize(25);
        assertThat(template.categoryOf("EMP_3")).contains(Category.EMPATHY);
    }

    @Test
    void categoryNamesFollowTheSpec() {
        assertThat(template.categories()).extracting(c -> c.name().in(Language.NL))
                .containsExactly("Betrouwbaarheid", "Zekerheid", "Partnership", "Empathie", "Communicatie");
        assertThat(template.categories()).extracting(c -> c.name().in(Language.EN))
                .containsExactly("Reliability", "Assurance", "Partnership", "Empathy", "Communication");
    }

    @Test
    void everyStatementIsTranslatedAndDistinct() {
        assertThat(template.statements()).allSatisfy(s -> assertThat(s.text().nl()).isNotEqualTo(s.text().en()));
        assertThat(template.statements()).extracting(s -> s.text().nl()).doesNotHaveDuplicates();
        assertThat(template.statements()).extracting(s -> s.text().en()).doesNotHaveDuplicates();
        assertThat(template.category(Category.ASSURANCE).orElseThrow().statements().get(1).text().nl())
                .contains("één keer");
    }
}
