package org.interopserver.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extended Date/Time Format level 0: calendar dates of year, month or day precision, and intervals of them. */
public final class Edtf {

    private static final Pattern DATE = Pattern.compile("(-?\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private Edtf() {
    }

    /** A single date: {@code 2024}, {@code 2024-03}, {@code 2024-03-01}. */
    public static boolean isDate(String value) {
        if (value == null) {
            return false;
        }
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            return false;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } else if (m.group(2) != null) {
                YearMonth.of(year, Integer.parseInt(m.group(2)));
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** A date, or an interval {@code start/end} whose ends are dates in order (an open end is written {@code ..}). */
    public static boolean isDateOrInterval(String value) {
        if (value == null) {
            return false;
        }
        int slash = value.indexOf('/');
        if (slash < 0) {
            return isDate(value);
        }
        String start = value.substring(0, slash);
        String end = value.substring(slash + 1);
        boolean startOpen = start.equals("..") || start.isEmpty();
        boolean endOpen = end.equals("..") || end.isEmpty();
        if (startOpen && endOpen) {
            return false;
        }
        if ((!startOpen && !isDate(start)) || (!endOpen && !isDate(end))) {
            return false;
        }
        return startOpen || endOpen || start.compareTo(end) <= 0 || start.startsWith("-") || end.startsWith("-");
    }

    /** The year a date or interval starts in (its end year for an interval open at the start). */
    public static String year(String value) {
        String first = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
        if (first.isEmpty() || first.equals("..")) {
            first = value.substring(value.indexOf('/') + 1);
        }
        Matcher m = DATE.matcher(first);
        return m.matches() ? m.group(1) : null;
    }
}
