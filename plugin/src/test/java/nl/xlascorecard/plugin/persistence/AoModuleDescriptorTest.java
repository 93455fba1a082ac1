package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The {@code <ao>} module of the descriptor and {@link PersistenceModule} say the same thing. */
class AoModuleDescriptorTest {

    @Test
    void listsTheSameNamespaceEntitiesAndUpgradeTasks() throws Exception {
        Element ao = aoModule();

        assertThat(ao.getAttribute("key")).isEqualTo("ao-entities");
        assertThat(ao.getAttribute("namespace")).isEqualTo(PersistenceModule.NAMESPACE);
        assertThat(texts(ao, "entity")).containsExactlyElementsOf(
                PersistenceModule.entities().stream().map(Class::getName).toList());
        assertThat(texts(ao, "upgradeTask")).containsExactlyElementsOf(
                PersistenceModule.upgradeTasks(() -> TestTemplates.small(1, "x")).stream().map(t -> t.getClass().getName()).toList());
        for (String className : texts(ao, "upgradeTask")) {
            assertThat(Class.forName(className)).isNotNull();
        }
    }

    private static Element aoModule() throws Exception {
        try (InputStream in = AoModuleDescriptorTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            assertThat(in).as("atlassian-plugin.xml on the class path").isNotNull();
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            NodeList modules = doc.getElementsByTagName("ao");
            assertThat(modules.getLength()).isEqualTo(1);
            return (Element) modules.item(0);
        }
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> values = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }
}
