package org.familyvoice.themes;

/** A stretch {@code [start, end)} of the original text that one redaction rule replaces by {@code marker}. */
record RedactionSpan(int start, int end, String marker) {

    RedactionSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
        }
    }

    int length() {
        return end - start;
    }

    boolean overlaps(RedactionSpan other) {
        return start < other.end && other.start < end;
    }
}
