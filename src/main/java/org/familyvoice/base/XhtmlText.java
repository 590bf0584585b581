package org.familyvoice.base;

import org.jspecify.annotations.Nullable;

/**
 * People's words inside the XHTML the portal turns into PDFs (agendas, evidence packs): escaped as XML character
 * data, so markup someone typed prints as the characters they typed and never as markup.
 */
public final class XhtmlText {

    private XhtmlText() {
    }

    /** Text as XML character data: markup characters escaped, characters XML cannot hold left out. */
    public static String escape(String text) {
        var sb = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
                    if (allowed) {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }

    /** A paragraph of text as typed: escaped, with its line breaks kept. */
    public static String paragraph(String text, @Nullable String cssClass) {
        String body = String.join("<br/>", escape(text.replace("\r\n", "\n").replace('\r', '\n')).split("\n", -1));
        return (cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">") + body + "</p>";
    }
}
