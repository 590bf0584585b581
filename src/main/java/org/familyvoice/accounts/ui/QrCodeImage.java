package org.familyvoice.accounts.ui;

import com.vaadin.flow.component.html.Image;
import io.nayuki.qrcodegen.QrCode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A QR code drawn on the server as SVG (qrcodegen) and shown as an image: no script, allowed by the CSP (data:). */
final class QrCodeImage {

    private static final int BORDER = 4;

    private QrCodeImage() {
    }

    static Image of(String text, String alt) {
        var image = new Image("data:image/svg+xml;base64," + Base64.getEncoder()
                .encodeToString(svg(QrCode.encodeText(text, QrCode.Ecc.MEDIUM)).getBytes(StandardCharsets.UTF_8)), alt);
        image.addClassName("fv-qr");
        image.setWidth("12rem");
        image.setHeight("12rem");
        return image;
    }

    static String svg(QrCode qr) {
        int size = qr.size + BORDER * 2;
        var path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }
}
