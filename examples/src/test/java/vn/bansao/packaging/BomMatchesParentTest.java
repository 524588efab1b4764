package vn.bansao.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM is standalone (importing it must not pull the parent's build), so its version properties are a
 * second copy of the parent's. An integrator who imports the BOM must get exactly the versions the SDK's own
 * build tested with, and every SDK module the parent manages.
 */
class BomMatchesParentTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyVersionTheBomPinsIsTheParentsVersion() throws Exception {
        Map<String, String> parent = properties(read(ROOT.resolve("pom.xml")));
        Map<String, String> bom = properties(read(ROOT.resolve("bansao-bom/pom.xml")));
        assertThat(bom).isNotEmpty();
        bom.forEach((name, version) -> assertThat(parent.get(name))
                .as("parent property %s (the BOM pins %s)", name, version)
                .isEqualTo(version));
    }

    @Test
    void theBomManagesEverySdkModuleTheParentManages() throws Exception {
        assertThat(sdkArtifacts(read(ROOT.resolve("bansao-bom/pom.xml"))))
                .containsAll(sdkArtifacts(read(ROOT.resolve("pom.xml"))));
    }

    @Test
    void modulesThatPinAThirdPartyVersionPinTheBomsVersion() throws Exception {
        Map<String, String> bom = pinned(read(ROOT.resolve("bansao-bom/pom.xml")));
        for (String module : new String[] {"spring-boot-starter", "portal"}) {
            pinned(read(ROOT.resolve(module).resolve("pom.xml"))).forEach((artifact, version) -> {
                if (bom.containsKey(artifact)) {
                    assertThat(version).as("%s pins %s", module, artifact).isEqualTo(bom.get(artifact));
                }
            });
        }
    }

    /** groupId:artifactId to literal version, for managed entries with a literal (not ${...}) version. */
    private static Map<String, String> pinned(Document pom) {
        Map<String, String> out = new LinkedHashMap<>();
        NodeList deps = pom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            String version = text(d, "version");
            if (inDependencyManagement(d) && !version.isEmpty() && !version.startsWith("${")) {
                out.put(text(d, "groupId") + ":" + text(d, "artifactId"), version);
            }
        }
        return out;
    }

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (var in = Files.newInputStream(pom)) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static Map<String, String> properties(Document pom) {
        Map<String, String> out = new LinkedHashMap<>();
        NodeList list = pom.getDocumentElement().getElementsByTagName("properties");
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i).getParentNode() != pom.getDocumentElement()) continue;
            NodeList children = list.item(i).getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                if (children.item(j) instanceof Element e) out.put(e.getTagName(), e.getTextContent().trim());
            }
        }
        return out;
    }

    private static Set<String> sdkArtifacts(Document pom) {
        Set<String> out = new TreeSet<>();
        NodeList deps = pom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            if (!inDependencyManagement(d)) continue;
            if ("vn.bansao".equals(text(d, "groupId"))) out.add(text(d, "artifactId"));
        }
        return out;
    }

    private static boolean inDependencyManagement(Node n) {
        for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
            if ("dependencyManagement".equals(p.getNodeName())) return true;
        }
        return false;
    }

    private static String text(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().trim();
    }
}
