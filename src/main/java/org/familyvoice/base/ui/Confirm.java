package org.familyvoice.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** "Are you sure?" before something that cannot be undone, with Cancel as the safe way out. */
public final class Confirm {

    private Confirm() {
    }

    public static void ask(Component owner, String header, String text, String confirmText, Runnable onConfirm) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("common.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
    }
}
