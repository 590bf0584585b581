package org.familyvoice.improvement;

import org.familyvoice.base.InjectionPayloads;
import org.familyvoice.base.XhtmlText;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every injection payload through the two ways words leave the portal as files: the XHTML the PDFs are made from
 * ({@link XhtmlText}, agenda and evidence pack) and the evidence pack's CSV ({@link EvidencePackCsv}). In the XHTML
 * a payload is character data, never an element, attribute or entity; in the CSV it reads back as one cell, with a
 * leading apostrophe whenever a spreadsheet could take it for a formula.
 */
class PayloadsInExportsTest {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private static List<String> payloads() {
        List<String> all = new ArrayList<>(InjectionPayloads.all());
        all.addAll(InjectionPayloads.around(200));
        return all;
    }

    @Test
    void inThePdfsXhtmlEveryPayloadIsTextOnly() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        for (String p : payloads()) {
            String xhtml = "<div>" + XhtmlText.paragraph(p, "quote") + "</div>";
            Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
            var paragraph = doc.getDocumentElement().getFirstChild();
            assertThat(doc.getDocumentElement().getChildNodes().getLength()).as(InjectionPayloads.shown(p)).isEqualTo(1);
            // one <p> with its class only, holding text and the <br/> of line breaks, nothing else
            assertThat(paragraph.getNodeName()).as(InjectionPayloads.shown(p)).isEqualTo("p");
            assertThat(paragraph.getAttributes().getLength()).as(InjectionPayloads.shown(p)).isEqualTo(1);
            var children = paragraph.getChildNodes();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < children.getLength(); i++) {
                var node = children.item(i);
                if (node.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                    text.append(node.getNodeValue());
                } else {
                    assertThat(node.getNodeName()).as(InjectionPayloads.shown(p)).isEqualTo("br");
                    text.append('\n');
                }
            }
            assertThat(text.toString()).as(InjectionPayloads.shown(p)).isEqualTo(xmlVisible(p));
        }
    }

    @Test
    void inTheCsvEveryPayloadIsOneCellAndNeverAFormula() {
        // a lone surrogate cannot be written as UTF-8 at all; no service stores one (StorableText), so none is exported
        for (String p : payloads().stream().filter(p -> !hasLoneSurrogate(p)).toList()) {
            byte[] csv = ("\uFEFF" + EvidencePackCsv.field(p) + "," + EvidencePackCsv.field("next") + "\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            List<List<String>> rows = EvidencePackServiceTest.parse(csv);
            assertThat(rows).as(InjectionPayloads.shown(p)).hasSize(1);
            assertThat(rows.getFirst()).as(InjectionPayloads.shown(p)).hasSize(2).endsWith("next");
            String cell = rows.getFirst().getFirst();
            boolean risky = !p.isEmpty() && "=+-@\t\r".indexOf(p.charAt(0)) >= 0 && !NUMBER.matcher(p).matches();
            assertThat(cell).as(InjectionPayloads.shown(p)).isEqualTo(risky ? "'" + p : p);
        }
    }

    private static boolean hasLoneSurrogate(String text) {
        return text.codePoints().anyMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
    }

    /** What XML can carry of {@code text}: characters XML 1.0 cannot hold dropped; line breaks as one line feed. */
    private static String xmlVisible(String text) {
        StringBuilder out = new StringBuilder();
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints().filter(cp -> cp == 0x9 || cp == 0xA
                || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
