package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import nl.xlascorecard.plugin.persistence.upgrade.v001.TemplateVersionAoV001;
import nl.xlascorecard.plugin.persistence.upgrade.v002.XlaTargetAoV002;

/**
 * The rules Jira's AO plugin and its supported databases impose on entities, checked on every
 * entity (current ones and frozen upgrade copies), so a violation fails here rather than at an
 * installation on Oracle or SQL Server.
 */
class EntityConventionsTest {

    /** Words that are reserved in at least one database Jira supports (a practical subset). */
    private static final Set<String> RESERVED = Set.of("ACCESS", "BLOB", "CLOB", "COMMENT", "DATE", "FILE", "GROUP", "INDEX",
            "KEY", "LEVEL", "LIMIT", "MODE", "NUMBER", "OFFSET", "ORDER", "RANK", "ROLE", "ROWID", "SESSION", "SIZE",
            "TEXT", "TIMESTAMP", "TYPE", "UID", "USER", "VALUE", "VARCHAR2", "VIEW", "LANGUAGE", "POSITION", "RESOURCE");

    private static final AtlassianFieldNameConverter FIELD_NAMES = new AtlassianFieldNameConverter();

    private static List<Class<? extends RawEntity<?>>> allEntities() {
        List<Class<? extends RawEntity<?>>> all = new ArrayList<>(PersistenceModule.entities());
        all.add(TemplateVersionAoV001.class);
        all.add(XlaTargetAoV002.class);
        return all;
    }

    @Test
    void tableNamesAreShortUniqueAndNotReserved() {
        Set<String> seen = new HashSet<>();
        for (Class<? extends RawEntity<?>> entity : PersistenceModule.entities()) {
            Table table = entity.getAnnotation(Table.class);
            assertThat(table).as(entity.getSimpleName() + " names its table (renaming the interface then keeps the data)").isNotNull();
            assertThat(table.value()).matches("[A-Z][A-Z_]*").hasSizeLessThanOrEqualTo(18);
            assertThat(RESERVED).doesNotContain(table.value());
            assertThat(seen.add(table.value())).as("table " + table.value() + " used once").isTrue();
            assertThat(entity.getSimpleName()).endsWith("Ao");
        }
    }

    @Test
    void columnNamesAreShortAndNotReserved() {
        for (Class<? extends RawEntity<?>> entity : allEntities()) {
            for (Method getter : getters(entity)) {
                String column = FIELD_NAMES.getName(getter);
                assertThat(column).as(entity.getSimpleName() + "." + getter.getName()).hasSizeLessThanOrEqualTo(28);
                assertThat(RESERVED).as(entity.getSimpleName() + "." + column).doesNotContain(column.toUpperCase(Locale.ROOT));
            }
        }
    }

    @Test
    void everyStringHasALengthAndIndexedStringsFitAnIndex() {
        for (Class<? extends RawEntity<?>> entity : allEntities()) {
            for (Method getter : getters(entity)) {
                if (getter.getReturnType() != String.class) {
                    continue;
                }
                StringLength length = getter.getAnnotation(StringLength.class);
                String name = entity.getSimpleName() + "." + getter.getName();
                assertThat(length).as(name + " declares its length").isNotNull();
                if (getter.isAnnotationPresent(Indexed.class) || getter.isAnnotationPresent(Unique.class)) {
                    assertThat(length.value()).as(name + " is indexed").isBetween(1, 450);
                }
            }
        }
    }

    @Test
    void everyEntityLoadsWholeRowsInOneQuery() {
        assertThat(allEntities()).allSatisfy(e -> assertThat(e.isAnnotationPresent(Preload.class)).as(e.getSimpleName()).isTrue());
    }

    private static List<Method> getters(Class<?> entity) {
        return Stream.of(entity.getMethods())
                .filter(m -> m.getParameterCount() == 0 && (m.getName().startsWith("get") || m.getName().startsWith("is")))
                .filter(m -> m.getDeclaringClass() != RawEntity.class && !m.getName().equals("getEntityManager")
                        && !m.getName().equals("getEntityType"))
                .toList();
    }
}
