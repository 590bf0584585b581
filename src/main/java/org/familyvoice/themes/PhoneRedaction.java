package org.familyvoice.themes;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers in free text. Google's libphonenumber finds candidates in every written form (spaces, hyphens,
 * dots, brackets, "+44 (0)", extensions) with UK as the default country; its metadata ships in the jar, so it
 * works offline. The library's lenient "possible number" test is needed because it deliberately rejects ranges
 * that exist but are not yet allocated (including Ofcom's drama numbers such as 07700 900123), and its own
 * validity test would miss newly issued numbers. Lenient alone also takes dates, years and reference codes, so a
 * candidate counts only when it looks like a number someone dials: it starts with {@code +} or {@code 00}, or it
 * starts with the UK trunk {@code 0} and has the 10 or 11 digits of a UK number.
 */
final class PhoneRedaction {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** 12/03/2024, 12.03.24, 01-02-2024: digits that read as a date are never a phone number. */
    private static final Pattern DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");

    /**
     * The safety net for UK numbers written back to back ("07700 900123 07700 900124"), which the library reads as
     * one over-long candidate and splits wrongly: a trunk 0 or +44 and 10 or 11 digits, spaces or hyphens between.
     */
    private static final Pattern UK_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}+-])(?:\\+44[ -]?(?:\\(0\\)[ -]?)?\\d|0\\d)(?:[ -]?\\d){8,9}(?![\\p{L}\\p{N}])");

    List<RedactionSpan> find(String text) {
        List<RedactionSpan> spans = new ArrayList<>();
        Matcher uk = UK_NUMBER.matcher(text);
        while (uk.find()) {
            spans.add(new RedactionSpan(uk.start(), uk.end(), Redactor.PHONE));
        }
        for (PhoneNumberMatch match : UTIL.findNumbers(text, "GB", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
            String raw = match.rawString();
            int start = match.start();
            int end = match.end();
            // "(07700 900123, ...)": a bracket around the whole number is the writer's, not the number's
            if (raw.startsWith("(") && raw.indexOf(')') < 0) {
                start++;
            }
            if (raw.endsWith(")") && raw.indexOf('(') < 0) {
                end--;
            }
            if (dialled(raw) && !DATE.matcher(raw).matches() && !partOfCode(text, start)) {
                spans.add(new RedactionSpan(start, end, Redactor.PHONE));
            }
        }
        return spans;
    }

    private static boolean dialled(String raw) {
        String digits = raw.replaceFirst("[\\p{L}#].*$", "").replaceAll("\\D", ""); // without "ext 123"
        String start = raw.replaceFirst("^\\(", "");
        if (start.startsWith("+") || start.startsWith("00")) {
            return digits.length() >= 8;
        }
        int national = raw.contains("(0)") ? digits.length() - 1 : digits.length();
        return start.startsWith("0") && (national == 10 || national == 11);
    }

    /** FV-2346-78 and similar reference codes: digits glued to letters by a hyphen belong to the code. */
    private static boolean partOfCode(String text, int start) {
        return start >= 2 && text.charAt(start - 1) == '-' && Character.isLetterOrDigit(text.charAt(start - 2));
    }
}
