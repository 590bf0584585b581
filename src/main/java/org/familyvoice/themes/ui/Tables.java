package org.familyvoice.themes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

import java.util.List;

/**
 * The dashboard's data tables: plain HTML tables with a caption and scoped headers (what a screen reader needs to
 * read a cell with its row and column), each in a box of its own that scrolls sideways when the table is wider
 * than a tablet, so the page itself never does.
 */
final class Tables {

    private Tables() {
    }

    /** A table with its caption and column headers; the first column's cells are row headers. */
    static NativeTable table(String caption, List<String> columns) {
        var table = new NativeTable();
        table.addClassNames("fv-table", "fv-themes-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String column : columns) {
            scoped(head.addHeaderCell(), "col").setText(column);
        }
        return table;
    }

    /** A row starting with its header cell, then one cell per value. */
    static NativeTableRow row(NativeTable table, Component header, List<String> cells) {
        NativeTableRow row = table.getBody().addRow();
        scoped(row.addHeaderCell(), "row").add(header);
        for (String cell : cells) {
            row.addDataCell().setText(cell);
        }
        return row;
    }

    static NativeTableRow row(NativeTable table, String header, List<String> cells) {
        NativeTableRow row = table.getBody().addRow();
        scoped(row.addHeaderCell(), "row").setText(header);
        for (String cell : cells) {
            row.addDataCell().setText(cell);
        }
        return row;
    }

    /** The table in a box that scrolls sideways; focusable and named, so keyboard users can scroll it too. */
    static Div scrolling(NativeTable table, String name) {
        var box = new Div(table);
        box.addClassName("fv-table-scroll");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", name);
        box.getElement().setAttribute("tabindex", "0");
        return box;
    }

    private static NativeTableHeaderCell scoped(NativeTableHeaderCell cell, String scope) {
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }
}
