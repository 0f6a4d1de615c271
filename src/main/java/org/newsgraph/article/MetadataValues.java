package org.newsgraph.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cleans metadata values as sources give them: publication dates in ISO 8601 or RFC 822 (feeds) become ISO dates,
 * language tags ({@code en-US}, {@code ru_RU}) become ISO 639-1 codes, URLs must be absolute http(s). A value that
 * cannot be understood is dropped with a warning naming the source: metadata never stops an article from loading.
 */
public final class MetadataValues {
    private static final Logger LOG = LoggerFactory.getLogger(MetadataValues.class);
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern ISO_PREFIX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ].*");

    private MetadataValues() {}

    /** Trimmed text with white space collapsed, or null when blank. */
    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * A publication date as ISO 8601 ({@code 2024-03-05}, or {@code 2024-03} / {@code 2024} when only that is
     * given), from ISO dates and date-times, RFC 822/1123 ({@code Tue, 05 Mar 2024 10:00:00 GMT}), or null.
     */
    public static String date(String raw, String source) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) {
            try {
                if (iso.group(3) != null) {
                    return LocalDate.parse(s).toString();
                }
                int month = iso.group(2) == null ? 1 : Integer.parseInt(iso.group(2));
                if (month >= 1 && month <= 12) {
                    return s;
                }
            } catch (DateTimeParseException e) {
                return dropped(source, "date", s);
            }
            return dropped(source, "date", s);
        }
        Matcher dt = ISO_PREFIX.matcher(s);
        if (dt.matches()) {
            try {
                return LocalDate.parse(dt.group(1)).toString();
            } catch (DateTimeParseException e) {
                return dropped(source, "date", s);
            }
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toLocalDate().toString();
            } catch (DateTimeParseException e2) {
                return dropped(source, "date", s);
            }
        }
    }

    /** An ISO 639-1 code from a language tag ({@code en}, {@code en-GB}, {@code ru_RU}, {@code fil}), or null. */
    public static String language(String raw, String source) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        String primary = s.split("[-_]", -1)[0].toLowerCase(Locale.ROOT); // "-" alone: an empty primary tag
        if (primary.equals("fil")) {
            return "tl";
        }
        if (primary.matches("[a-z]{2}")) {
            return primary;
        }
        if (primary.matches("[a-z]{3}")) {
            Locale l = Locale.forLanguageTag(primary);
            if (!l.getLanguage().isEmpty() && l.getLanguage().length() == 2) {
                return l.getLanguage();
            }
        }
        return dropped(source, "language", s);
    }

    /** An absolute http(s) URL, or null. */
    public static String url(String raw, String source) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return u.toString();
            }
        } catch (URISyntaxException e) {
            LOG.debug("{}: {}", source, e.getMessage());
        }
        return dropped(source, "URL", s);
    }

    private static String dropped(String source, String what, String value) {
        LOG.warn("{}: ignored {} '{}' (expected {})", source, what, value, switch (what) {
            case "date" -> "ISO 8601 such as 2024-03-05, or RFC 822 such as 'Tue, 05 Mar 2024 10:00:00 GMT'";
            case "language" -> "an ISO 639-1 code such as en, ru, tl";
            default -> "an absolute http or https URL";
        });
        return null;
    }
}
